"""The questionnaire workbook in French, and the round trip across languages.

Exports assessments/xmp-2026.toml in English and in French. The French workbook must hold no
English text a person reads: every sheet name, header, About key, instruction, how-to-answer
cell, drop-down value, validation message and the page footer are checked against English words
(the cells that hold what a person wrote in the answer file, the ids and the framework's own
data are left aside). Then the same five answers are filled in three workbooks: the English one
with English words, the French one with French words, and the French one with English words.
Each is imported by an English and a French run: within a run the three answer files must be
byte-identical, and across runs their answers the same.

usage: french.py DGTK_BINARY
"""

import os
import re
import sys
import tempfile
import tomllib

import openpyxl

from common import ROOT, fail, run

BIN = sys.argv[1]
ANSWERS = os.path.join(ROOT, "assessments", "xmp-2026.toml")
work = tempfile.mkdtemp(prefix="dgtk-sheets-fr-")
# A fixed time, so that the answer files' `updated` is the same for every import.
EN = {"SOURCE_DATE_EPOCH": "1700000000"}
FR = {"DGTK_LANG": "fr", "SOURCE_DATE_EPOCH": "1700000000"}

en_book = os.path.join(work, "en.xlsx")
fr_book = os.path.join(work, "fr.xlsx")
for book, env in [(en_book, EN), (fr_book, FR)]:
    r = run(BIN, "export", ANSWERS, "-o", book, env=env)
    if r.returncode != 0:
        fail("export: " + r.stderr)

# English words that must not be left in the French workbook's own texts.
ENGLISH = re.compile(
    r"\b(about|principle|answer|how to|item|evidence|links|flag|comments|guidance|yes|no|"
    r"unknown|review|level|from|the|only|here|pick|give|leave|empty|of|or|and|"
    r"number|not|valid|each|sheet|workbook|framework|country|year|status|assessors)\b",
    re.IGNORECASE,
)
# Columns holding what a person wrote in the answer file, ids, or the framework's own data.
DATA_HEADERS = {"id", "justificatifs", "liens", "commentaires"}
# About values that are data: ids, versions, the country, names.
ABOUT_DATA = {"format", "version_du_format", "référentiel", "version_du_référentiel",
              "pays", "organisme", "année", "statut", "évaluateurs", "dgtk"}


def english(where, text):
    if isinstance(text, str):
        # Question and item ids (key-services-online-end-to-end) are ids, not English.
        m = ENGLISH.search(re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", "", text))
        if m:
            fail(f"English word {m.group(0)!r} in the French workbook, {where}: {text[:200]!r}")


fr = openpyxl.load_workbook(fr_book)
en = openpyxl.load_workbook(en_book)
if fr.sheetnames[0] != "À propos" or en.sheetnames[0] != "About":
    fail(f"About sheets {fr.sheetnames[0]!r} {en.sheetnames[0]!r}")
if len(fr.sheetnames) != len(en.sheetnames):
    fail("the French workbook has other sheets")
texts = 0
for ws in fr.worksheets:
    english(f"sheet name {ws.title!r}", ws.title)
    english(f"{ws.title} footer", ws.oddFooter.center.text)
    if ws is fr.worksheets[0]:
        for row in ws.iter_rows(max_col=2):
            key, value = row[0].value, row[1].value
            english(f"About key {key!r}", key)
            if key not in ABOUT_DATA:
                english(f"About!{row[1].coordinate}", value)
                texts += 1
        continue
    headers = [c.value for c in ws[2]]
    for h in headers:
        english(f"{ws.title} header", h)
    for row in ws.iter_rows(min_row=3):
        for h, c in zip(headers, row):
            if h not in DATA_HEADERS:
                english(f"{ws.title}!{c.coordinate}", c.value)
                texts += 1
    for dv in ws.data_validations.dataValidation:
        where = f"{ws.title} validation {dv.sqref}"
        english(where, dv.error)
        english(where, dv.errorTitle)
        if dv.type == "list":
            words = dv.formula1.strip('"').split(",")
            if not set(words) <= {"oui", "non", "inconnu", "n/a", "à revoir"} | {str(i) for i in range(10)}:
                fail(f"{where}: drop-down values {words}")
        else:
            english(where, re.sub(r"[A-Z]+\d+|ISNUMBER|AND|OR", "", dv.formula1))

# The same answers, filled in as each workbook's reader would.
WORDS = {"en": {"yes": "yes", "no": "no", "unknown": "unknown"},
         "fr": {"yes": "oui", "no": "non", "unknown": "inconnu"}}
HEAD = {"en": {"answer": "answer", "item": "item"}, "fr": {"answer": "réponse", "item": "élément"}}


def fill(path, lang, words, out):
    wb = openpyxl.load_workbook(path)
    rows = {}
    for ws in wb.worksheets[1:]:
        headers = [c.value for c in ws[2]]
        for r in range(3, ws.max_row + 1):
            cells = {h: ws.cell(row=r, column=i + 1) for i, h in enumerate(headers) if h}
            rows[cells["id"].value] = cells
    a, item = HEAD[lang]["answer"], HEAD[lang]["item"]
    filled = 0
    for qid in sorted(rows):
        cells = rows[qid]
        v = cells[a].value
        if filled == 0 and v == 2:
            cells[a].value = 3
            filled += 1
        elif filled == 1 and v in (0, 1):
            cells[a].value = words["unknown"]
            filled += 1
        elif filled == 2 and cells.get(f"{item} 2") is not None and \
                cells[f"{item} 2"].value == WORDS[lang]["no"]:
            cells[f"{item} 2"].value = words["yes"]
            filled += 1
        elif filled == 3 and cells.get(f"{item} 1") is not None and \
                cells[f"{item} 1"].value == WORDS[lang]["yes"]:
            cells[f"{item} 1"].value = words["no"]
            filled += 1
    if filled != 4:
        fail(f"{out}: filled {filled} answers of 4")
    wb.save(out)


books = {
    "en": os.path.join(work, "en-filled.xlsx"),
    "fr": os.path.join(work, "fr-filled.xlsx"),
    "fr-with-en": os.path.join(work, "fr-en-filled.xlsx"),
}
fill(en_book, "en", WORDS["en"], books["en"])
fill(fr_book, "fr", WORDS["fr"], books["fr"])
fill(fr_book, "fr", WORDS["en"], books["fr-with-en"])

with open(ANSWERS, "rb") as f:
    before = tomllib.load(f)["answers"]
answers = {}
for run_lang, env in [("en", EN), ("fr", FR)]:
    outs = {}
    for name, book in books.items():
        out = os.path.join(work, f"{name}-{run_lang}.toml")
        r = run(BIN, "import", book, "-o", out, env=env)
        if r.returncode != 0:
            fail(f"import of {name} in {run_lang}: {r.stderr}")
        with open(out, "rb") as f:
            outs[name] = f.read()
    if len(set(outs.values())) != 1:
        fail(f"a {run_lang} run gives other answer files for the same answers: {sorted(outs)}")
    answers[run_lang] = tomllib.loads(outs["en"].decode())["answers"]
if answers["en"] != answers["fr"]:
    fail("an English and a French run read other answers")
changed = {k for k in set(before) | set(answers["en"]) if before.get(k) != answers["en"].get(k)}
if len(changed) != 4:
    fail(f"{len(changed)} answers changed, 4 filled in: {sorted(changed)}")

# The About key of the organisation is « organisme » in French; a French workbook of an older
# dgtk, whose key says « organisation », still gives its organisation back.
keys = [row[0].value for row in fr.worksheets[0].iter_rows(max_col=1)]
if "organisme" not in keys or "organisation" in keys:
    fail(f"French About keys: {keys}")
old_book = os.path.join(work, "fr-old-key.xlsx")
wb = openpyxl.load_workbook(fr_book)
for row in wb.worksheets[0].iter_rows(max_col=1):
    if row[0].value == "organisme":
        row[0].value = "organisation"
wb.save(old_book)
r = run(BIN, "import", old_book, "-o", "-", env=FR)
with open(ANSWERS, "rb") as f:
    organisation = tomllib.load(f)["assessment"]["organisation"]
if r.returncode != 0 or tomllib.loads(r.stdout)["assessment"].get("organisation") != organisation:
    fail(f"a French workbook with the key organisation: {r.returncode} {r.stderr}")

# Mistakes in a French workbook are said in French, the cell's words quoted « ... » (a flag
# that is not « à revoir », an item that is neither yes nor no, a number cell with text).
bad_book = os.path.join(work, "fr-bad.xlsx")
wb = openpyxl.load_workbook(fr_book)
mistakes = {"flag": None, "item": None, "number": None}
for ws in wb.worksheets[1:]:
    headers = [c.value for c in ws[2]]
    for r in range(3, ws.max_row + 1):
        cells = {h: ws.cell(row=r, column=i + 1) for i, h in enumerate(headers) if h}
        answer = cells["réponse"].value
        if mistakes["flag"] is None and answer is not None:
            cells["marque"].value = "peut-être"
            mistakes["flag"] = f"{ws.title}!{cells['marque'].coordinate}"
        elif mistakes["item"] is None and cells.get("élément 1") is not None \
                and cells["élément 1"].value in ("oui", "non"):
            cells["élément 1"].value = "plutôt"
            mistakes["item"] = f"{ws.title}!{cells['élément 1'].coordinate}"
        elif mistakes["number"] is None and isinstance(answer, (int, float)) and answer > 3:
            cells["réponse"].value = "beaucoup"
            mistakes["number"] = f"{ws.title}!{cells['réponse'].coordinate}"
wb.save(bad_book)
r = run(BIN, "import", bad_book, "-o", os.path.join(work, "bad.toml"), env=FR)
said = {
    "flag": "la colonne «\u00a0marque\u00a0» doit indiquer «\u00a0à revoir\u00a0» ou rester vide, "
            "et non «\u00a0peut-être\u00a0»",
    "item": "«\u00a0plutôt\u00a0» n'est ni «\u00a0oui\u00a0» ni «\u00a0non\u00a0»",
    "number": "«\u00a0beaucoup\u00a0» n'est pas un nombre",
}
if r.returncode != 1:
    fail(f"a French workbook with mistakes: exit {r.returncode}: {r.stderr}")
for k, where in mistakes.items():
    if where is None or f"{where}: {said[k]}" not in r.stderr:
        fail(f"the {k} mistake at {where} is not said in French: {r.stderr}")
if '"' in r.stderr:
    fail(f"straight quotes in French import messages: {r.stderr}")

# The figures' workbooks (score, compare): in French, the sheets meant for a reader ("columns"
# and "about") hold no English but the CSV's own words they explain; the data sheet is the
# English one, but for the title column.
CSV_WORDS = re.compile(
    r"\b(true|false|yes|no|overall|pillar|principle|dimension|question|scored|unknown|"
    r"not applicable|unanswered|no score|state|n/a)\b|--[a-z-]+|docs/[a-z.]+"
)
for args in (
    ["score", "assessments", "--by", "principle", "--sensitivity"],
    ["compare", "assessments", "--latest"],
):
    sheets = {}
    for lang, env in [("en", EN), ("fr", FR)]:
        book = os.path.join(work, f"{args[0]}-{lang}.xlsx")
        r = run(BIN, *args, "--format", "xlsx", "-o", book, cwd=ROOT, env=env)
        if r.returncode != 0:
            fail(f"{args} in {lang}: {r.stderr}")
        sheets[lang] = openpyxl.load_workbook(book).worksheets
    en_data = [list(r) for r in sheets["en"][0].iter_rows(values_only=True)]
    fr_data = [list(r) for r in sheets["fr"][0].iter_rows(values_only=True)]
    if "area_title" in en_data[0]:
        t = en_data[0].index("area_title")
        if not any(r[t] == "Ensemble" for r in fr_data[1:]):
            fail(f"{args}: the overall area's title is not French")
        for rows in (en_data, fr_data):
            for r in rows[1:]:
                r[t] = None
    if en_data != fr_data:
        fail(f"{args}: the French data sheet is not the English one")
    for row in sheets["fr"][1].iter_rows(min_row=2, values_only=True):
        english(f"{args[0]} columns sheet, {row[0]}", CSV_WORDS.sub("", row[1] or ""))
        texts += 1
    for key, value in sheets["fr"][2].iter_rows(values_only=True):
        english(f"{args[0]} about key", key)
        if key not in ("référentiel", "titre", "dgtk"):
            english(f"{args[0]} about, {key}", CSV_WORDS.sub("", value))
            texts += 1

print(f"{texts} French cells free of English; 3 workbooks filled in, imported in 2 languages")
print("all sheet checks passed")
