"""What the spreadsheet checks share: running dgtk, reading the framework's own TOML (the
expected answers and validation lists come from the data, not from dgtk), and finding cells."""

import glob
import os
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(bin_, *args, cwd=None, env=None):
    e = dict(os.environ)
    e.pop("DGTK_FRAMEWORK", None)
    if env:
        e.update(env)
    return subprocess.run([bin_, *args], cwd=cwd, env=e, capture_output=True, text=True)


def framework(folder):
    """framework.toml and the principle files of a framework folder, in number order."""
    with open(os.path.join(folder, "framework.toml"), "rb") as f:
        fw = tomllib.load(f)
    principles = []
    for path in sorted(glob.glob(os.path.join(folder, "*.toml"))):
        if path.endswith("framework.toml"):
            continue
        with open(path, "rb") as f:
            principles.append(tomllib.load(f))
    principles.sort(key=lambda p: p["number"])
    return fw, principles


def accepts_na(principles, q):
    uses = any("na_when" in x for p in principles for x in p["questions"])
    return "na_when" in q or not uses


def expected_list(fw, principles, q):
    """The values an answer cell's validation list must hold, from the framework data."""
    extra = ["unknown"] + (["n/a"] if accepts_na(principles, q) else [])
    kind = q["kind"]
    if kind == "level":
        return [str(i) for i in range(len(fw["scale"]))] + extra
    if kind == "yes_no":
        return ["yes", "no"] + extra
    if kind == "checklist":
        return extra
    return None


def rows_by_id(wb):
    """question id -> (sheet, row number, {header: cell})"""
    out = {}
    for ws in wb.worksheets:
        if ws.title == "About":
            continue
        headers = [c.value for c in ws[2]]
        if "id" not in headers:
            continue
        for r in range(3, ws.max_row + 1):
            cells = {h: ws.cell(row=r, column=i + 1) for i, h in enumerate(headers) if h}
            qid = cells["id"].value
            if qid:
                out[qid] = (ws, r, cells)
    return out


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)
