#!/usr/bin/env python3
"""Checks dgtk's JSON Schemas with an independent validator (Python `jsonschema`, draft 2020-12).

Usage: python3 tests/schema/check.py PATH/TO/dgtk

- `dgtk schema score|diff|principles|merge|compare` validate the matching JSON outputs of the example files;
- `dgtk schema answers` validates every example answer file (TOML read by Python's tomllib) and
  rejects an unknown question id and a level out of range;
- `dgtk schema framework` validates every file of the built-in and the test frameworks;
- `dgtk schema translation` validates every file of the built-in translation folders
  (`principles/fr/`) and rejects an unknown key.
Exits 1 on the first failure, naming it. Run by .ci/run.
"""

import copy
import datetime
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib

from jsonschema import Draft202012Validator

DGTK = sys.argv[1]
ENV = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1"}
failures = 0


def dgtk(*args, ok=(0,)):
    p = subprocess.run([DGTK, *args], capture_output=True, text=True, env=ENV)
    if p.returncode not in ok:
        sys.exit(f"dgtk {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p.stdout


def validator(kind, *extra):
    schema = json.loads(dgtk(*extra, "schema", kind))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", kind
    return Draft202012Validator(schema)


def plain(value):
    """TOML values as JSON would hold them (date-times as RFC 3339 strings)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return value


def toml(path):
    with open(path, "rb") as f:
        return plain(tomllib.load(f))


def expect_valid(v, doc, what):
    global failures
    errors = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        failures += 1
        print(f"FAIL {what}: {errors[0].message} at {list(errors[0].path)}")
    else:
        print(f"ok   {what}")


def expect_invalid(v, doc, what):
    global failures
    if v.is_valid(doc):
        failures += 1
        print(f"FAIL {what}: accepted, but should be rejected")
    else:
        print(f"ok   {what} (rejected)")


examples = sorted(glob.glob("assessments/*.toml"))
assert examples, "no example files"

score = validator("score")
for by in ["overall", "pillar", "principle", "question"]:
    doc = json.loads(dgtk("score", "assessments/", "--format", "json", "--by", by, "--explain"))
    expect_valid(score, doc, f"score --by {by}")
expect_valid(score, json.loads(dgtk("score", "assessments/", "--format", "json", "--sensitivity")), "score --sensitivity")
expect_valid(score, json.loads(dgtk("--framework", "tests/frameworks/mini", "score", "tests/fixtures/mini/t1-2025.toml", "--format", "json", "--sensitivity")), "score --sensitivity (mini)")
expect_valid(score, json.loads(dgtk("score", "tests/fixtures/check/five-mistakes.toml", "assessments/xmp-2025.toml", "--format", "json", ok=(1,))), "score with an invalid file")

diff = validator("diff")
pairs = [("assessments/xmp-2024.toml", "assessments/xmp-2025.toml"), ("assessments/xmp-2025.toml", "assessments/xmp-2026.toml"), ("assessments/xmp-2026.toml", "assessments/xnv-2026.toml")]
for old, new in pairs:
    for by in ["principle", "question"]:
        expect_valid(diff, json.loads(dgtk("diff", old, new, "--format", "json", "--by", by)), f"diff {old} {new} --by {by}")
expect_valid(diff, json.loads(dgtk("--framework", "tests/frameworks/pair-v2", "diff", "tests/fixtures/diff/pair-2025.toml", "tests/fixtures/diff/pair-2026.toml", "--old-framework", "tests/frameworks/pair-v1", "--format", "json")), "diff across framework versions")

merge = validator("merge")
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "merged.toml")
    cases = "tests/cmd/merge-conflict.in"
    files = [os.path.join(cases, f) for f in ("a.toml", "b.toml", "c.toml")]
    expect_valid(merge, json.loads(dgtk("merge", *files, "-o", out, "--format", "json", ok=(1,))), "merge")
    into = "tests/cmd/merge-into.in"
    shutil.copy(os.path.join(into, "national.toml"), out)
    expect_valid(merge, json.loads(dgtk("merge", "--into", out, os.path.join(into, "c-2.toml"), "--format", "json", ok=(1,))), "merge --into")

principles = validator("principles")
expect_valid(principles, json.loads(dgtk("principles", "--format", "json")), "principles")
expect_valid(principles, json.loads(dgtk("principles", "7", "--format", "json")), "principles 7")
expect_valid(validator("principles", "--framework", "tests/frameworks/mini"), json.loads(dgtk("--framework", "tests/frameworks/mini", "principles", "--format", "json")), "principles (mini)")

compare = validator("compare")
for by in ["pillar", "principle", "dimension", "question"]:
    doc = json.loads(dgtk("compare", "assessments/", "--format", "json", "--by", by))
    expect_valid(compare, doc, f"compare --by {by}")
expect_valid(compare, json.loads(dgtk("compare", "assessments/", "tests/fixtures/check/five-mistakes.toml", "--latest", "--format", "json", ok=(1,))), "compare --latest with an invalid file")

answers = validator("answers")
answers_v1 = validator("answers", "--framework", "principles/releases/1.0.0")
for path in examples + sorted(glob.glob("tests/fixtures/v1/*.toml")):
    doc = toml(path)
    # Each file with the schema of the built-in version it names.
    v = answers_v1 if doc["assessment"]["framework_version"] == "1.0.0" else answers
    expect_valid(v, doc, f"answers {path} ({doc['assessment']['framework_version']})")
for schema, path, level_question, checklist in [
    (answers_v1, "tests/fixtures/v1/xmp-2026.toml", "open-data-policy", "digital-inclusion-measures"),
    (answers, "assessments/xmp-2026.toml", "records-management", "open-data-practice"),
]:
    base = toml(path)
    wrong_id = copy.deepcopy(base)
    wrong_id["answers"]["open-dta-policy"] = {"answer": 2}
    expect_invalid(schema, wrong_id, f"answers with an unknown question id ({path})")
    too_high = copy.deepcopy(base)
    too_high["answers"][level_question]["answer"] = 7
    expect_invalid(schema, too_high, f"answers with a level out of range ({path})")
    bad_item = copy.deepcopy(base)
    bad_item["answers"][checklist]["answer"] = ["no-such-item"]
    expect_invalid(schema, bad_item, f"answers with an unknown checklist item ({path})")
mini = validator("answers", "--framework", "tests/frameworks/mini")
for path in sorted(glob.glob("tests/fixtures/mini/*.toml")):
    valid = subprocess.run([DGTK, "--framework", "tests/frameworks/mini", "check", path], capture_output=True, env=ENV).returncode == 0
    (expect_valid if valid else expect_invalid)(mini, toml(path), f"answers (mini) {path}")

v2 = validator("answers", "--framework", "tests/frameworks/v2mini")
for path in sorted(glob.glob("tests/fixtures/v2mini/*.toml")):
    valid = subprocess.run([DGTK, "--framework", "tests/frameworks/v2mini", "check", path], capture_output=True, env=ENV).returncode == 0
    if valid or "na-without-na-when" in path:
        (expect_valid if valid else expect_invalid)(v2, toml(path), f"answers (v2mini) {path}")

framework = validator("framework")
for path in sorted(glob.glob("principles/*.toml") + glob.glob("principles/releases/*/*.toml") + glob.glob("tests/frameworks/*/*.toml")):
    expect_valid(framework, toml(path), f"framework file {path}")
unknown_key = toml("principles/framework.toml")
unknown_key["colour"] = "blue"
expect_invalid(framework, unknown_key, "framework file with an unknown key")

translation = validator("translation")
translated = sorted(glob.glob("principles/[a-z][a-z]/*.toml"))
if not translated:
    expect_valid(translation, None, "a translation folder in principles/ (none found)")
for path in translated:
    expect_valid(translation, toml(path), f"translation file {path}")
typo = toml("principles/fr/04-privacy-security.toml")
typo["questions"]["security-risk-framework"]["txet"] = "Texte"
expect_invalid(translation, typo, "translation file with an unknown key")

if failures:
    sys.exit(f"{failures} schema check(s) failed")
print("all schema checks passed")
