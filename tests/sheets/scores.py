"""Acceptance: `dgtk score assessments/ --by principle --format xlsx`, read with openpyxl, holds
the CSV output: the same header and rows, figures as numbers, missing figures as empty cells.
Also `--by question`, `dgtk diff --format xlsx` and `dgtk compare --format xlsx` against their CSV.

usage: scores.py DGTK_BINARY
"""

import csv
import io
import os
import sys
import tempfile

import openpyxl

from common import ROOT, fail, run

BIN = sys.argv[1]
work = tempfile.mkdtemp(prefix="dgtk-sheets-scores-")


def same(args, sheet):
    r = run(BIN, *args, "--format", "csv", cwd=ROOT)
    if r.returncode != 0:
        fail(f"{args} csv: {r.stderr}")
    want = list(csv.reader(io.StringIO(r.stdout)))
    book = os.path.join(work, "t.xlsx")
    r = run(BIN, *args, "--format", "xlsx", "-o", book, cwd=ROOT)
    if r.returncode != 0:
        fail(f"{args} xlsx: {r.stderr}")
    ws = openpyxl.load_workbook(book)[sheet]
    if ws.freeze_panes != "A2":
        fail(f"{args}: header not frozen ({ws.freeze_panes})")
    got = [[c.value for c in row] for row in ws.iter_rows()]
    if len(got) != len(want):
        fail(f"{args}: {len(got)} rows, CSV has {len(want)}")
    numbers = 0
    for i, (g, w) in enumerate(zip(got, want)):
        g = g + [None] * (len(w) - len(g))
        if len(g) != len(w):
            fail(f"{args} row {i}: {len(g)} cells, CSV {len(w)}")
        for j, (a, b) in enumerate(zip(g, w)):
            if isinstance(a, (int, float)) and not isinstance(a, bool):
                numbers += 1
                if abs(a - float(b)) > 1e-9:
                    fail(f"{args} row {i} col {w and want[0][j]}: {a} vs {b}")
            elif a is None:
                if b != "":
                    fail(f"{args} row {i} {want[0][j]}: empty vs {b!r}")
            elif a != b:
                fail(f"{args} row {i} {want[0][j]}: {a!r} vs {b!r}")
    if numbers == 0:
        fail(f"{args}: no number cells")
    return len(want) - 1, numbers


n, k = same(["score", "assessments/", "--by", "principle"], "scores")
print(f"score --by principle: {n} rows, {k} number cells equal to the CSV")
n, k = same(["score", "assessments/", "--by", "question"], "scores")
print(f"score --by question: {n} rows, {k} number cells equal to the CSV")
n, k = same(["diff", "assessments/xmp-2025.toml", "assessments/xmp-2026.toml"], "diff")
print(f"diff: {n} rows, {k} number cells equal to the CSV")
n, k = same(["diff", "assessments/xmp-2025.toml", "assessments/xmp-2026.toml", "--by", "question"], "diff")
print(f"diff --by question: {n} rows, {k} number cells equal to the CSV")
n, k = same(["compare", "assessments/"], "comparison")
print(f"compare: {n} rows, {k} number cells equal to the CSV")
n, k = same(["compare", "assessments/", "--latest", "--by", "question"], "comparison")
print(f"compare --latest --by question: {n} rows, {k} number cells equal to the CSV")
print("all sheet checks passed")
