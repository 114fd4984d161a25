#!/usr/bin/env bash
# Writes layout/symbol-order.txt, the order in which the release link places dgtk's functions
# (docs/performance.md, "Code layout"): the functions that common runs execute, measured with
# valgrind's callgrind on the release binary, so that they sit together at the start of the
# code and a run maps a few hundred KB of it rather than pages scattered over 8 MB.
#
#   bash benches/layout.sh        # then rebuild: cargo build --release
#
# Run it again after a dependency or the release profile changes (symbol names carry a hash of
# them): `bash benches/score.sh` prints how many of the listed functions the binary still has.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "$0 needs valgrind (apt-get install valgrind)" >&2; exit 2; }
source benches/common.sh

build_release gen_assessments
dgtk=$(realpath "$dgtk")
"$gen" 20 "$work/files" >/dev/null
# Files of the first released version too: scoring them loads that release beside the current one.
"$gen" 20 "$work/v1" --framework principles/releases/1.0.0 >/dev/null

# The runs, the batch score first: its functions come first in the file.
runs=(
    "score $work/files --format csv"
    "score $work/v1 --format csv"
    "score $work/files"
    "score assessments/xmp-2026.toml"
    "check assessments/xmp-2026.toml"
    "report assessments/xmp-2026.toml --prior assessments/xmp-2025.toml"
    "diff assessments/xmp-2025.toml assessments/xmp-2026.toml"
    "principles"
    "--version"
)
i=0
for run in "${runs[@]}"; do
    i=$((i + 1))
    # With the worker threads a run has (callgrind runs them one at a time): the functions
    # that share out the files are as hot as the ones that score them.
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --demangle=no --compress-strings=no \
        --callgrind-out-file="$work/cg.$i" "$dgtk" $run >/dev/null 2>"$work/valgrind.$i" </dev/null \
        || { echo "failed under valgrind: dgtk $run" >&2; tail "$work/valgrind.$i" >&2; exit 1; }
done

# Each run's functions in the binary, most instructions first; a function listed once.
python3 - "$dgtk" "$work" "$i" > layout/symbol-order.txt <<'PY'
import sys
binary, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
seen = set()
print("# dgtk's functions in the order the release link places them (benches/layout.sh).")
for k in range(1, n + 1):
    cost, obj, fn = {}, None, None
    for line in open(f"{work}/cg.{k}"):
        if line.startswith("ob="):
            obj = line[3:].strip()
        elif line.startswith("fn="):
            # Callgrind marks a recursion level with a quote ("name'2").
            fn = line[3:].strip().split("'")[0] if obj == binary else None
        elif line.startswith(("cob=", "cfn=", "cfi=", "cfl=", "calls=", "fl=", "fi=", "fe=")):
            continue
        elif fn and line[:1].isdigit():
            parts = line.split()
            if len(parts) >= 2:
                cost[fn] = cost.get(fn, 0) + int(parts[1])
    for f, _ in sorted(cost.items(), key=lambda kv: -kv[1]):
        if (f.startswith(("_Z", "_R")) or f == "main") and f not in seen:
            seen.add(f)
            print(f)
PY
echo "layout/symbol-order.txt: $(grep -vc '^#' layout/symbol-order.txt) functions from ${#runs[@]} runs"
