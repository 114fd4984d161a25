"""Checks `dgtk compare`'s figures against ones computed independently with pandas.

Usage: python3 tests/compare/check.py PATH/TO/dgtk DIR

DIR holds synthetic answer files (20 countries x 10 years, from examples/gen_assessments.rs).
The figures of `dgtk compare` (distribution, ranks, gaps, --latest, --peers, commonly missed)
are recomputed from `dgtk score --format csv` with pandas, and its CSV is read with
`pandas.read_csv` defaults. Prints "all compare checks passed" or the failures.
"""

import io
import json
import math
import subprocess
import sys

import pandas as pd

dgtk, folder = sys.argv[1], sys.argv[2]
failures = []


def run(*args):
    p = subprocess.run([dgtk, *args], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"dgtk {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p.stdout


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


# Scores are written to one decimal in `score`'s CSV, so a figure computed from them may differ
# from dgtk's (computed from the exact scores) by up to 0.05.
TOL = 0.05 + 1e-9

scores = pd.read_csv(io.StringIO(run("score", folder, "--by", "principle", "--format", "csv")))
doc = json.loads(run("compare", folder, "--format", "json"))
check(len(scores) == 200, f"200 scored files, not {len(scores)}")
check(doc["peers"] == 200, f"every file is a peer (complete, final): {doc['peers']}")

by_file = {a["file"]: a for a in doc["assessments"]}
for k, area in enumerate(doc["areas"]):
    col = area["id"]
    values = scores[col].dropna()
    st = area["stats"]
    expect = {
        "n": len(values),
        "mean": values.mean(),
        "median": values.median(),
        "q1": values.quantile(0.25),
        "q3": values.quantile(0.75),
        "min": values.min(),
        "max": values.max(),
    }
    for key, v in expect.items():
        ok = st[key] == v if key == "n" else abs(st[key] - v) <= TOL
        check(ok, f"{col} {key}: dgtk {st[key]}, pandas {v}")
    ranks = scores[col].rank(method="min", ascending=False)
    for i, row in scores.iterrows():
        a = by_file[row["file"]]["areas"][k]
        check(a["id"] == col, f"area order {a['id']} != {col}")
        check(a["rank"] == int(ranks[i]), f"{row['file']} {col} rank: dgtk {a['rank']}, pandas {ranks[i]}")
        check(abs(a["gap_to_mean"] - (row[col] - values.mean())) <= 2 * TOL, f"{row['file']} {col} gap to mean")
        check(abs(a["gap_to_best"] - (row[col] - values.max())) <= 2 * TOL, f"{row['file']} {col} gap to best")

# Best overall first, at the one decimal scores are shown with (ties keep the order of the files).
overall = [math.floor(a["areas"][0]["score"] * 10 + 0.5) / 10 for a in doc["assessments"]]
check(overall == sorted(overall, reverse=True), "assessments sorted by overall score")

# --latest: the latest file of each country, and every other one left out with a reason.
latest = json.loads(run("compare", folder, "--latest", "--format", "json"))
want = set(scores.sort_values("year").groupby("country").tail(1)["file"])
got = {a["file"] for a in latest["assessments"]}
check(got == want, f"--latest keeps the latest per country ({len(got)} vs {len(want)})")
check(len(latest["left_out"]) == 180 and all("not the latest" in l["reason"] for l in latest["left_out"]),
      "--latest leaves 180 out, each with its reason")
year = json.loads(run("compare", folder, "--year", "2019", "--format", "json"))
check({a["year"] for a in year["assessments"]} == {2019} and len(year["assessments"]) == 20, "--year 2019")

# --peers: per-group figures and each assessment against its group.
groups = "[groups]\neven = [%s]\nodd = [%s]\n" % (
    ", ".join(f'"X{i:02}"' for i in range(0, 20, 2)),
    ", ".join(f'"X{i:02}"' for i in range(1, 20, 2)),
)
peers_file = f"{folder}/../groups.toml"
with open(peers_file, "w") as fh:
    fh.write(groups)
peer_doc = json.loads(run("compare", folder, "--peers", peers_file, "--format", "json"))
peer_by_file = {a["file"]: a for a in peer_doc["assessments"]}
scores["group"] = scores["country"].map(lambda c: "even" if int(c[1:]) % 2 == 0 else "odd")
for k, area in enumerate(peer_doc["areas"]):
    col = area["id"]
    for g in area["groups"]:
        vals = scores[scores["group"] == g["group"]][col].dropna()
        st = g["stats"]
        check(st["n"] == len(vals), f"group {g['group']} {col} n")
        for key, v in [("mean", vals.mean()), ("median", vals.median()), ("q1", vals.quantile(0.25)),
                       ("q3", vals.quantile(0.75)), ("min", vals.min()), ("max", vals.max())]:
            check(abs(st[key] - v) <= TOL, f"group {g['group']} {col} {key}: {st[key]} vs {v}")
    group_ranks = scores.groupby("group")[col].rank(method="min", ascending=False)
    for i, row in scores.iterrows():
        a = peer_by_file[row["file"]]
        check(a["group"] == row["group"], f"{row['file']} group")
        check(a["areas"][k]["group_rank"] == int(group_ranks[i]), f"{row['file']} {col} group rank")

# The CSV: pandas' default reader loses nothing; its scores are score's.
long = pd.read_csv(io.StringIO(run("compare", folder, "--format", "csv")))
check(len(long) == 200 * len(doc["areas"]), "one row per assessment and area")
check(long["state"].notna().all(), "no state read as missing")
check(long["area_title"].notna().all() and long["country"].notna().all(), "no title or country read as missing")
wide = long.pivot(index="file", columns="area_id", values="score")
for col in [a["id"] for a in doc["areas"]]:
    merged = scores.set_index("file")[col]
    check(((wide[col] - merged).abs() < 1e-9).all(), f"CSV scores of {col} equal score's")

# Commonly missed: recounted from score's question rows (level 0 or "no" among the peers).
q = pd.read_csv(io.StringIO(run("score", folder, "--by", "question", "--format", "csv")), keep_default_na=False)
zero = q[(q["state"] == "scored") & (q["kind"].isin(["level", "yes_no"])) & (q["score"].astype(str) == "0.0")]
counts = zero.groupby("question").size()
for item in doc["commonly_missed"]:
    check(int(counts.get(item["id"], 0)) == item["missed"], f"missed count of {item['id']}")
check(doc["commonly_missed"][0]["missed"] == counts.max(), "the most missed question comes first")

# n/a survives pandas' default reader: every n/a answer of the examples is "not applicable".
ex = pd.read_csv(io.StringIO(run("compare", "assessments/", "--by", "question", "--format", "csv")))
nas = pd.read_csv(io.StringIO(run("score", "assessments/", "--by", "question", "--format", "csv")), keep_default_na=False)
n_na = ((nas["state"] == "n/a") & nas["question"].isin(ex["area_id"])).sum()
check(ex["state"].notna().all(), "question states all kept by read_csv")
check((ex["state"] == "not applicable").sum() == n_na and n_na > 0,
      f"every n/a kept: {(ex['state'] == 'not applicable').sum()} vs {n_na}")

if failures:
    sys.exit(f"{len(failures)} compare check(s) failed")
print("all compare checks passed")
