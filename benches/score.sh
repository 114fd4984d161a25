#!/usr/bin/env bash
# Batch-scoring benchmark (docs/performance.md): `dgtk score DIR --format csv` against a
# parse-only baseline (examples/parse_only.rs: reads and TOML-parses the same files, one thread,
# nothing else), both timed in the same run, on 1,000 and 10,000 synthetic answer files
# (examples/gen_assessments.rs: valid, final, every question answered, with evidence).
#
#   bash benches/score.sh            # 1,000 and 10,000 files, best of 3 runs each
#   RUNS=5 SIZES="1000 10000 20000" bash benches/score.sh
#
# Prints, per size: wall time and peak memory (maximum resident set size) of both, and the
# ratio dgtk / baseline. Targets: ratio <= 1.0 on two cores; dgtk's peak memory flat in N.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000"}

source benches/common.sh

build_release gen_assessments parse_only

echo "machine: $(nproc) cores; $(uname -sr); dgtk $($dgtk --version | cut -d' ' -f2); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The code layout (benches/layout.sh): how many of the functions it lists the binary still has.
if command -v nm >/dev/null && [ -f layout/symbol-order.txt ]; then
    listed=$(grep -vc '^#' layout/symbol-order.txt)
    found=$(nm "$dgtk" | awk '{print $NF}' | sort -u | comm -12 - <(grep -v '^#' layout/symbol-order.txt | sort -u) | wc -l)
    echo "code layout: $found of $listed listed functions in the binary (few: run benches/layout.sh)"
fi
printf '%7s %10s %9s %9s %8s %12s %12s\n' files size_MiB base_s dgtk_s ratio base_MiB dgtk_MiB
for n in $SIZES; do
    dir="$work/$n"
    "$gen" "$n" "$dir"
    size=$(du -sm "$dir" | cut -f1)
    # Warm the page cache, so both read the files from memory.
    cat "$dir"/*.toml >/dev/null
    read -r bt bm < <(best_of "$base" "$dir")
    read -r dt dm < <(best_of "$dgtk" score "$dir" --format csv)
    awk -v n="$n" -v s="$size" -v bt="$bt" -v dt="$dt" -v bm="$bm" -v dm="$dm" 'BEGIN {
        printf "%7d %10d %9.2f %9.2f %8.2f %12.1f %12.1f\n", n, s, bt, dt, dt / bt, bm / 1024, dm / 1024
    }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
