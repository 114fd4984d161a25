#!/usr/bin/env bash
# Comparison benchmark (docs/performance.md): `dgtk compare DIR --format csv` against
# `dgtk score DIR --format csv` on the same files, both timed in the same run, on 1,000 and
# 10,000 synthetic answer files (examples/gen_assessments.rs, as benches/score.sh uses: valid,
# final, every question answered, with evidence; here 100 countries over 10 years).
#
#   bash benches/compare.sh            # 1,000 and 10,000 files, best of 3 runs each
#   RUNS=5 SIZES="1000 10000 20000" bash benches/compare.sh
#
# Prints, per size: wall time and peak memory (maximum resident set size) of both, and the
# ratio compare / score. Target: ratio <= 2.0; compare's memory grows only by the per-file score
# vectors the statistics need.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000"}

source benches/common.sh

build_release gen_assessments

echo "machine: $(nproc) cores; $(uname -sr); dgtk $($dgtk --version | cut -d' ' -f2); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%7s %10s %9s %11s %8s %12s %14s\n' files size_MiB score_s compare_s ratio score_MiB compare_MiB
for n in $SIZES; do
    dir="$work/$n"
    "$gen" "$n" "$dir" --countries 100 --years 10
    size=$(du -sm "$dir" | cut -f1)
    # Warm the page cache, so both read the files from memory.
    cat "$dir"/*.toml >/dev/null
    read -r st sm < <(best_of "$dgtk" score "$dir" --format csv)
    read -r ct cm < <(best_of "$dgtk" compare "$dir" --format csv)
    awk -v n="$n" -v s="$size" -v st="$st" -v ct="$ct" -v sm="$sm" -v cm="$cm" 'BEGIN {
        printf "%7d %10d %9.2f %11.2f %8.2f %12.1f %14.1f\n", n, s, st, ct, ct / st, sm / 1024, cm / 1024
    }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
