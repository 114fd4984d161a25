"""Acceptance of the questionnaire workbook, with independent readers.

Exports assessments/xmp-2026.toml; reads the workbook with openpyxl (every answer, evidence,
link and validation list checked against the answer file and the framework's own TOML) and with
LibreOffice (headless, every sheet converted to CSV); fills in five answers with openpyxl;
imports the workbook and checks that the new file passes `dgtk check` with exactly those five
answers changed.

usage: roundtrip.py DGTK_BINARY
"""

import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib

import openpyxl

from common import ROOT, accepts_na, expected_list, fail, framework, rows_by_id, run

BIN = sys.argv[1]
ANSWERS = os.path.join(ROOT, "assessments", "xmp-2026.toml")
work = tempfile.mkdtemp(prefix="dgtk-sheets-")
book = os.path.join(work, "book.xlsx")

r = run(BIN, "export", ANSWERS, "-o", book)
if r.returncode != 0:
    fail("export: " + r.stderr)

fw, principles = framework(os.path.join(ROOT, "principles"))
with open(ANSWERS, "rb") as f:
    answers = tomllib.load(f)["answers"]
questions = {q["id"]: q for p in principles for q in p["questions"]}

wb = openpyxl.load_workbook(book)
names = wb.sheetnames
if names[0] != "About" or len(names) != 1 + len(principles):
    fail(f"sheets {names}")
about = {row[0].value: row[1].value for row in wb["About"].iter_rows(max_col=2) if row[0].value}
for k, want in [("framework", fw["id"]), ("framework_version", fw["version"]),
                ("country", "XMP"), ("year", 2026)]:
    if about.get(k) != want:
        fail(f"About {k} = {about.get(k)!r}, want {want!r}")
if not wb["About"].protection.sheet:
    fail("the About sheet is not protected")

rows = rows_by_id(wb)
if set(rows) != set(questions):
    fail(f"question rows differ: {set(rows) ^ set(questions)}")


def validation(ws, cell):
    for dv in ws.data_validations.dataValidation:
        if cell.coordinate in dv.sqref:
            return dv
    return None


checked_lists = 0
for qid, q in questions.items():
    ws, r, cells = rows[qid]
    if ws.freeze_panes != "B3":
        fail(f"{ws.title}: freeze panes {ws.freeze_panes}")
    if ws.print_title_rows not in ("1:2", "$1:$2"):
        fail(f"{ws.title}: print title rows {ws.print_title_rows}")
    if ws.page_setup.orientation != "landscape":
        fail(f"{ws.title}: not landscape")
    a = answers.get(qid, {})
    want = a.get("answer")
    cell = cells["answer"]
    got = cell.value
    kind = q["kind"]
    # The answer, as the answer file holds it.
    if kind == "checklist":
        items = [it["id"] for it in q["items"]]
        marks = [cells[f"item {i + 1}"].value for i in range(len(items))]
        if isinstance(want, list):
            if marks != ["yes" if it in want else "no" for it in items] or got is not None:
                fail(f"{qid}: items {marks}, answer {want}")
        elif want != got or any(m is not None for m in marks):
            fail(f"{qid}: answer {got!r} items {marks}, want {want!r}")
        for i in range(len(items)):
            dv = validation(ws, cells[f"item {i + 1}"])
            if dv is None or dv.type != "list" or dv.formula1 != '"yes,no"':
                fail(f"{qid}: item {i + 1} validation {dv and dv.formula1}")
    elif kind == "yes_no" and isinstance(want, bool):
        if got != ("yes" if want else "no"):
            fail(f"{qid}: {got!r} for {want!r}")
    elif want != got:
        fail(f"{qid}: answer cell {got!r}, answer file {want!r}")
    if (cells["evidence"].value or None) != a.get("evidence"):
        fail(f"{qid}: evidence differs")
    links = [l for l in (cells["links"].value or "").split("\n") if l]
    if links != a.get("links", []):
        fail(f"{qid}: links {links} vs {a.get('links')}")
    if (cells["flag"].value == "review") != (a.get("flag") == "review"):
        fail(f"{qid}: flag")
    # The validation of the answer cell, from the framework data.
    dv = validation(ws, cell)
    if dv is None:
        fail(f"{qid}: no validation on {ws.title}!{cell.coordinate}")
    lst = expected_list(fw, principles, q)
    if lst is not None:
        if dv.type != "list" or dv.formula1 != '"' + ",".join(lst) + '"':
            fail(f"{qid}: validation {dv.type} {dv.formula1}, want {lst}")
        checked_lists += 1
    else:
        extra = '"unknown"' + (',{c}="n/a"' if accepts_na(principles, q) else "")
        f1 = dv.formula1
        lo, hi = q["min"], q["max"]
        if dv.type != "custom" or f"ISNUMBER({cell.coordinate})" not in f1 or \
                f">={lo:g}" not in f1 or f"<={hi:g}" not in f1 or 'unknown' not in f1 or \
                (("n/a" in f1) != accepts_na(principles, q)):
            fail(f"{qid}: number validation {dv.type} {f1}")
    if dv.errorStyle not in (None, "stop") or not dv.showErrorMessage:
        fail(f"{qid}: validation does not stop invalid answers")

# LibreOffice, headless: every sheet to CSV; the answers column read back.
soffice = shutil.which("soffice") or fail("soffice (LibreOffice) is not installed")
out = os.path.join(work, "csv")
profile = tempfile.mkdtemp(prefix="dgtk-lo-")
p = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", out, book], capture_output=True, text=True, timeout=300)
files = glob.glob(os.path.join(out, "*.csv"))
if len(files) != 1 + len(principles):
    fail(f"LibreOffice wrote {len(files)} CSV files: {p.stdout} {p.stderr}")
seen = 0
for path in files:
    with open(path, newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    if path.endswith("-About.csv"):
        if not any(row[:2] == ["framework_version", fw["version"]] for row in table):
            fail("LibreOffice: About sheet lacks the framework version")
        continue
    head = table[1]
    for row in table[2:]:
        cell = dict(zip(head, row))
        qid = cell["id"]
        want = answers.get(qid, {}).get("answer")
        got = cell["answer"]
        if isinstance(want, bool):
            want = "yes" if want else "no"
        elif isinstance(want, list) or want is None:
            want = ""
        elif isinstance(want, float):
            got = float(got)
        else:
            want = str(want)
        if got != want:
            fail(f"LibreOffice: {qid} answer {got!r}, want {want!r}")
        if cell["evidence"] != answers.get(qid, {}).get("evidence", ""):
            fail(f"LibreOffice: {qid} evidence differs")
        seen += 1
if seen != len(questions):
    fail(f"LibreOffice showed {seen} questions of {len(questions)}")

# Fill in five answers, as a ministry would, and import.
by_kind = {}
for qid, q in questions.items():
    a = answers.get(qid, {}).get("answer")
    by_kind.setdefault(q["kind"], []).append((qid, q, a))
changes = {}
qid, q, a = next(x for x in by_kind["level"] if isinstance(x[2], int) and x[2] < len(fw["scale"]) - 1)
rows[qid][2]["answer"].value = a + 1
changes[qid] = a + 1
if "yes_no" in by_kind:
    qid, q, a = next(x for x in by_kind["yes_no"] if isinstance(x[2], bool))
    rows[qid][2]["answer"].value = "no" if a else "yes"
    changes[qid] = not a
else:
    # This framework has no yes/no question: a level goes down instead.
    qid, q, a = next(x for x in by_kind["level"] if x[0] not in changes and isinstance(x[2], int) and x[2] > 0)
    rows[qid][2]["answer"].value = a - 1
    changes[qid] = a - 1
qid, q, a = next(x for x in by_kind["number"] if isinstance(x[2], (int, float)) and x[2] < x[1]["max"])
rows[qid][2]["answer"].value = q["max"]
changes[qid] = q["max"]
qid, q, a = next(x for x in by_kind["checklist"] if isinstance(x[2], list) and len(x[2]) < len(x[1]["items"]))
missing = next(i for i, it in enumerate(q["items"]) if it["id"] not in a)
rows[qid][2][f"item {missing + 1}"].value = "yes"
changes[qid] = [it["id"] for it in q["items"] if it["id"] in a or it["id"] == q["items"][missing]["id"]]
qid, q, a = next(x for x in by_kind["level"] if x[0] not in changes and isinstance(x[2], int))
rows[qid][2]["answer"].value = "unknown"
changes[qid] = "unknown"
filled = os.path.join(work, "filled.xlsx")
wb.save(filled)

new = os.path.join(work, "new.toml")
r = run(BIN, "import", filled, "-o", new)
if r.returncode != 0:
    fail("import: " + r.stderr)
r = run(BIN, "check", new)
if r.returncode != 0:
    fail("check of the imported file: " + r.stderr)
with open(new, "rb") as f:
    got = tomllib.load(f)
if got["assessment"]["country"] != "XMP" or got["assessment"]["year"] != 2026:
    fail("imported metadata")
diff = {k for k in set(answers) | set(got["answers"]) if answers.get(k) != got["answers"].get(k)}
if diff != set(changes):
    fail(f"changed {sorted(diff)}, filled in {sorted(changes)}")
for k, v in changes.items():
    if got["answers"][k]["answer"] != v:
        fail(f"{k}: imported {got['answers'][k]['answer']!r}, filled in {v!r}")
    if got["answers"][k].get("evidence") != answers[k].get("evidence"):
        fail(f"{k}: evidence changed")

# The same through --into: the existing file's comments and targets stay.
into = os.path.join(work, "into.toml")
shutil.copy(ANSWERS, into)
with open(into, "a") as f:
    f.write("\n# a person's note at the end\n")
r = run(BIN, "import", filled, "--into", into)
if r.returncode != 0 or "5 questions changed" not in r.stderr:
    fail("import --into: " + r.stderr)
with open(into, "rb") as f:
    merged = tomllib.load(f)
if merged["answers"] != got["answers"]:
    fail("--into gives other answers than -o")
with open(into) as f:
    if "# a person's note at the end" not in f.read():
        fail("--into lost a comment")

print(f"{len(questions)} questions, {checked_lists} validation lists checked with openpyxl and LibreOffice; "
      f"5 answers filled in and imported")
print("all sheet checks passed")
