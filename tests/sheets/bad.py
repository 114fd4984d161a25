"""Acceptance: a filled-in workbook with four mistakes (a level 5, a text in a number cell, an
unknown checklist item, a changed id) and a formula in an answer cell. Every one is reported
with its sheet and cell, the exit code is 1, and no output file is written.

usage: bad.py DGTK_BINARY
"""

import os
import sys
import tempfile

import openpyxl

from common import ROOT, fail, framework, rows_by_id, run

BIN = sys.argv[1]
work = tempfile.mkdtemp(prefix="dgtk-sheets-bad-")
book = os.path.join(work, "book.xlsx")
r = run(BIN, "export", os.path.join(ROOT, "assessments", "xmp-2026.toml"), "-o", book)
if r.returncode != 0:
    fail("export: " + r.stderr)
fw, principles = framework(os.path.join(ROOT, "principles"))
questions = [q for p in principles for q in p["questions"]]
wb = openpyxl.load_workbook(book)
rows = rows_by_id(wb)


def first(kind, pred=lambda q: True, skip=()):
    return next(q for q in questions if q["kind"] == kind and pred(q) and q["id"] not in skip)


expected = []
level = first("level")
ws, r, cells = rows[level["id"]]
cells["answer"].value = 5
expected.append(f"{ws.title}!{cells['answer'].coordinate}: level 5 is out of range")

number = first("number")
ws, r, cells = rows[number["id"]]
cells["answer"].value = "about half"
expected.append(f"{ws.title}!{cells['answer'].coordinate}: \"about half\" is not a number")

# A checklist with fewer items than its sheet has item columns: a mark past its last item.
def short(q):
    ws = rows[q["id"]][0]
    n = sum(1 for c in ws[2] if (c.value or "").startswith("item "))
    return len(q["items"]) < n
checklist = first("checklist", short)
ws, r, cells = rows[checklist["id"]]
col = f"item {len(checklist['items']) + 1}"
cells[col].value = "yes"
expected.append(f"{ws.title}!{cells[col].coordinate}: unknown checklist item")

changed = first("level", skip={level["id"]})
ws, r, cells = rows[changed["id"]]
cells["id"].value = changed["id"] + "-x"
expected.append(f"{ws.title}!{cells['id'].coordinate}: unknown question id \"{changed['id']}-x\"")

formula = first("level", skip={level["id"], changed["id"]})
ws, r, cells = rows[formula["id"]]
cells["answer"].value = "=1+1"
expected.append(f"{ws.title}!{cells['answer'].coordinate}: a formula (=1+1) is not an answer")

bad = os.path.join(work, "bad.xlsx")
wb.save(bad)
out = os.path.join(work, "out.toml")
r = run(BIN, "import", bad, "-o", out)
if r.returncode != 1:
    fail(f"exit {r.returncode}, want 1: {r.stderr}")
if os.path.exists(out):
    fail("an output file was written")
for e in expected:
    if bad + ":" + e not in r.stderr:
        fail(f"missing {e!r} in:\n{r.stderr}")
if "5 problems in" not in r.stderr or "nothing was written" not in r.stderr:
    fail(r.stderr)
print(r.stderr)
print("all sheet checks passed")
