#!/usr/bin/env python3
"""dgtk merge's Krippendorff's alpha against an independent implementation: the PyPI package
`krippendorff`. Usage: check.py DGTK_BINARY.

Data sets are made from real answer files: each is a set of answer files written with `dgtk init`
and filled in here, merged with `dgtk merge --format json`. The reliability data for the package
are built from the answer files themselves (read with tomllib) and the framework description
(`dgtk principles --format json`), never from dgtk's output. Every alpha dgtk reports, overall
and per principle, must equal the package's to 1e-9; where dgtk reports none, the package must
find nothing to compute (fewer than two pairable values, or no variation).
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import tomllib

import krippendorff
import numpy as np

BIN = sys.argv[1]
env = dict(os.environ, SOURCE_DATE_EPOCH="1780000000")
# Another framework (DGTK_FRAMEWORK=DIR) is read from the merges' temporary folders too.
if env.get("DGTK_FRAMEWORK"):
    env["DGTK_FRAMEWORK"] = os.path.abspath(env["DGTK_FRAMEWORK"])


def dgtk(*args, cwd=None, ok=(0,)):
    r = subprocess.run([BIN, *args], cwd=cwd, env=env, capture_output=True, text=True)
    if r.returncode not in ok:
        sys.exit(f"dgtk {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r.stdout


framework = json.loads(dgtk("principles", "--format", "json"))
questions = [(p["id"], q) for p in framework["principles"] for q in p["questions"]]


def units(files, family, principle=None):
    """One row per file, one column per unit of the family, NaN where a file gave no value."""
    cols = []
    for pid, q in questions:
        if principle is not None and pid != principle:
            continue
        given = [f.get("answers", {}).get(q["id"], {}).get("answer") for f in files]
        k = q["kind"]
        if family == "levels" and k == "level":
            cols.append([v if isinstance(v, int) and not isinstance(v, bool) else None for v in given])
        elif family == "yes_no" and k == "yes_no":
            cols.append([(1 if v else 0) if isinstance(v, bool) else None for v in given])
        elif family == "yes_no" and k == "checklist":
            for item in q["items"]:
                cols.append([(1 if item["id"] in v else 0) if isinstance(v, list) else None for v in given])
        elif family == "numbers" and k == "number":
            lo, hi = q["min"], q["max"]
            cols.append([
                (v - lo) / (hi - lo) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
                for v in given
            ])
    return [[np.nan if v is None else float(v) for v in row] for row in zip(*cols)] if cols else []


METRIC = {"levels": "ordinal", "yes_no": "nominal", "numbers": "interval"}


def reference(data, family):
    """The package's alpha, or None when there is nothing to compute."""
    if not data:
        return None
    a = np.array(data, dtype=float).T  # units x coders
    pairable = [u[~np.isnan(u)] for u in a if np.count_nonzero(~np.isnan(u)) >= 2]
    values = np.concatenate(pairable) if pairable else np.array([])
    if len(values) == 0 or len(set(values.tolist())) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=np.array(data, dtype=float),
                                    level_of_measurement=METRIC[family]))


checked = 0
with_missing = 0


def check(name, texts):
    global checked, with_missing
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, text in enumerate(texts):
            p = os.path.join(d, f"min-{i}.toml")
            with open(p, "w") as fh:
                fh.write(text)
            paths.append(os.path.basename(p))
        doc = json.loads(dgtk("merge", *paths, "-o", "merged.toml", "--format", "json",
                              "--allow-conflicts", cwd=d))
        files = []
        for p in paths:
            with open(os.path.join(d, p), "rb") as fh:
                files.append(tomllib.load(fh))
    figures = [(None, doc["agreement"]["overall"])] + [
        (p["id"], p) for p in doc["agreement"]["principles"]]
    computed = 0
    for pid, fig in figures:
        for family in METRIC:
            data = units(files, family, pid)
            ref = reference(data, family)
            got = fig["alpha"][family]
            where = f"{name}: {pid or 'overall'} {family}"
            if ref is None:
                assert got["value"] is None and got["reason"], f"{where}: dgtk {got}, package none"
            else:
                assert got["value"] is not None, f"{where}: dgtk none ({got['reason']}), package {ref}"
                assert math.isclose(got["value"], ref, rel_tol=0, abs_tol=1e-9), \
                    f"{where}: dgtk {got['value']!r}, package {ref!r}"
                computed += 1
                if any(math.isnan(v) for row in data for v in row):
                    with_missing += 1
    assert computed > 0, f"{name}: no alpha was computed"
    checked += 1
    print(f"{name}: {computed} alphas agree")


def init(i, org):
    d = tempfile.mkdtemp()
    p = os.path.join(d, "x.toml")
    dgtk("init", "--country", "XMP", "--year", "2027", "--organisation", org, "--assessor",
         f"Assessor {i}", "-o", p)
    return open(p).read()


def filled(i, org, answers):
    """An answer file written by `dgtk init`, with `answers` (question id -> TOML value) put in
    under their tables."""
    text = init(i, org)
    for qid, value in answers.items():
        head = f"[answers.{qid}]\n"
        assert head in text, qid
        text = text.replace(head, f"{head}answer = {value}\nevidence = \"Seen by {org}.\"\n", 1)
    return text


kinds = {}
for pid, q in questions:
    kinds.setdefault(q["kind"], []).append(q)
levels = [q["id"] for q in kinds["level"]]
checklists = kinds["checklist"]
numbers = kinds["number"]
yes_no = [q["id"] for q in kinds.get("yes_no", [])]


def items(q, n):
    return "[" + ", ".join(f'"{it["id"]}"' for it in q["items"][:n]) + "]"


# 1. Three ministries, every question kind, all answering the same questions.
sets = {}
sets["three ministries, complete"] = [
    filled(m, f"Ministry {m}", {
        **{q: (j + m) % 4 for j, q in enumerate(levels[:20])},
        **{q: "true" if (j + m) % 2 else "false" for j, q in enumerate(yes_no)},
        **{q["id"]: items(q, (j + m) % (len(q["items"]) + 1)) for j, q in enumerate(checklists[:8])},
        **{q["id"]: round(q["min"] + (q["max"] - q["min"]) * ((j * 7 + m * 3) % 10) / 10, 1)
           for j, q in enumerate(numbers)},
    }) for m in range(3)
]
# 2. Five ministries with missing answers: each answers an overlapping part, some n/a-free
# unknowns (left out of alpha, as dgtk leaves them).
sets["five ministries, missing answers"] = [
    filled(m, f"Ministry {m}", {
        **{q: (j * m + 1) % 4 for j, q in enumerate(levels) if (j + m) % 3 != 0},
        **{q: "true" if (j * m) % 3 else "false" for j, q in enumerate(yes_no) if m != 2},
        **{q["id"]: items(q, (j + 2 * m) % (len(q["items"]) + 1))
           for j, q in enumerate(checklists) if (j + m) % 4 != 1},
        **{q["id"]: ('"unknown"' if (j + m) % 5 == 0 else
                     round(q["min"] + (q["max"] - q["min"]) * ((j + m) % 7) / 7, 2))
           for j, q in enumerate(numbers) if (j * m) % 3 != 2},
    }) for m in range(5)
]
# 3. Two ministries in near agreement on levels, one level apart on a few.
sets["two ministries, near agreement"] = [
    filled(m, f"Ministry {m}", {
        **{q: min(3, j % 4 + (1 if m and j % 5 == 0 else 0)) for j, q in enumerate(levels)},
        **{q["id"]: items(q, len(q["items"]) - (m if j % 3 == 0 else 0)) for j, q in enumerate(checklists)},
    }) for m in range(2)
]
# 4. Ten ministries, each answering a few questions (the coordinator's round).
sets["ten ministries, sparse"] = [
    filled(m, f"Ministry {m}", {
        q: (m + j) % 4 for j, q in enumerate(levels) if (j + m) % 4 == 0 or j < 3
    }) for m in range(10)
]

for name, texts in sets.items():
    check(name, texts)
assert checked >= 3 and with_missing > 0, (checked, with_missing)
print(f"all agreement checks passed: {checked} data sets, {with_missing} alphas over missing answers")
