#!/usr/bin/env bash
# Peak memory of two builds of dgtk, side by side (docs/performance.md, "Against an earlier
# build"): `dgtk score DIR --format csv` on the same files, RUNS runs of each build taken in
# turn, after dropping the page cache (when root) and reading the files once, so that both
# builds find the cache in the same state. Peaks move by about 0.3 MiB with that state, more
# than most changes do, so one run of each tells little: this prints the mean, smallest and
# largest peak of each build.
#
#   OLD=/path/to/old/target/release/dgtk bash benches/peak.sh
#   OLD=... FRAMEWORK=principles/releases/1.0.0 RUNS=6 SIZES="1000 10000" bash benches/peak.sh
#
# OLD and FRAMEWORK are as in benches/versus.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${OLD:?set OLD to the dgtk binary of the earlier build}"
RUNS=${RUNS:-6}
SIZES=${SIZES:-"1000 10000"}
gen_args=()
if [ -n "${FRAMEWORK:-}" ]; then gen_args=(--framework "$FRAMEWORK"); fi

source benches/common.sh

build_release gen_assessments
new=$dgtk

drop=no
if [ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/drop_caches ]; then drop=yes; fi
echo "machine: $(nproc) cores; $(uname -sr); page cache dropped first: $drop; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%7s %6s %10s %10s %10s %10s %10s %10s\n' files runs new_mean new_min new_max old_mean old_min old_max
for n in $SIZES; do
    dir="$work/$n"
    "$gen" "$n" "$dir" "${gen_args[@]}" >/dev/null
    if [ "$drop" = yes ]; then sync; echo 3 >/proc/sys/vm/drop_caches; fi
    cat "$dir"/*.toml >/dev/null
    : >"$work/peaks"
    for _ in $(seq "$RUNS"); do
        read -r _ m < <(timed "$new" score "$dir" --format csv)
        echo "new $m" >>"$work/peaks"
        read -r _ m < <(timed "$OLD" score "$dir" --format csv)
        echo "old $m" >>"$work/peaks"
    done
    awk -v n="$n" -v runs="$RUNS" '
        { s[$1] += $2; c[$1]++
          if (!($1 in lo) || $2 < lo[$1]) lo[$1] = $2
          if ($2 > hi[$1]) hi[$1] = $2 }
        END { printf "%7d %6d %10.0f %10d %10d %10.0f %10d %10d\n", n, runs,
              s["new"] / c["new"], lo["new"], hi["new"], s["old"] / c["old"], lo["old"], hi["old"] }
    ' "$work/peaks"
done
echo "(peak resident memory, KiB; load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
