#!/usr/bin/env bash
# Two builds of dgtk against each other and the parse-only baseline, in the same run
# (docs/performance.md, "Against an earlier build"): did a change slow batch scoring or make it
# use more memory?
#
#   OLD=/path/to/old/target/release/dgtk bash benches/versus.sh
#   OLD=... RUNS=5 SIZES="1000 10000" CALLGRIND=200 bash benches/versus.sh
#
# OLD is the earlier build's binary (build it from a worktree of the earlier commit:
# `git worktree add /tmp/old COMMIT && cd /tmp/old && cargo build --release`). The files come
# from this build's generator (examples/gen_assessments.rs) for a framework both builds carry:
# the current built-in one by default, or FRAMEWORK=DIR (for example
# FRAMEWORK=principles/releases/1.0.0 when the earlier build's built-in framework was 1.0.0;
# each build then reads the files with its own copy of that version). Per size it prints the best wall time of RUNS runs, taking
# the three programs in turn within each run so that the load of a shared machine falls on all
# three alike, their ratios to the baseline, and the largest peak memory (maximum resident set
# size) of each. With CALLGRIND=N it also counts the instructions each program executes on N
# files (valgrind --tool=callgrind, one thread): a measure that does not move with the load.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${OLD:?set OLD to the dgtk binary of the earlier build}"
RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000"}
CALLGRIND=${CALLGRIND:-0}
gen_args=()
if [ -n "${FRAMEWORK:-}" ]; then gen_args=(--framework "$FRAMEWORK"); fi

source benches/common.sh

build_release gen_assessments parse_only
new=$dgtk

echo "machine: $(nproc) cores; $(uname -sr); old $("$OLD" --version | cut -d' ' -f2), new $($new --version | cut -d' ' -f2); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%7s %8s %8s %8s %9s %9s %9s %9s %9s\n' files base_s old_s new_s old/base new/base base_MiB old_MiB new_MiB
for n in $SIZES; do
    dir="$work/$n"
    "$gen" "$n" "$dir" "${gen_args[@]}"
    cat "$dir"/*.toml >/dev/null
    # Both builds must accept every file: a failing check would time error reporting instead.
    "$OLD" check "$dir" >/dev/null 2>&1 || { echo "the old build does not accept the generated files" >&2; exit 1; }
    "$new" check "$dir" >/dev/null 2>&1 || { echo "this build does not accept the generated files" >&2; exit 1; }
    bt="" ot="" nt="" bm=0 om=0 nm=0
    for _ in $(seq "$RUNS"); do
        read -r t m < <(timed "$base" "$dir")
        if [ -z "$bt" ] || awk "BEGIN{exit !($t < $bt)}"; then bt=$t; fi
        [ "$m" -gt "$bm" ] && bm=$m
        read -r t m < <(timed "$OLD" score "$dir" --format csv)
        if [ -z "$ot" ] || awk "BEGIN{exit !($t < $ot)}"; then ot=$t; fi
        [ "$m" -gt "$om" ] && om=$m
        read -r t m < <(timed "$new" score "$dir" --format csv)
        if [ -z "$nt" ] || awk "BEGIN{exit !($t < $nt)}"; then nt=$t; fi
        [ "$m" -gt "$nm" ] && nm=$m
    done
    awk -v n="$n" -v bt="$bt" -v ot="$ot" -v nt="$nt" -v bm="$bm" -v om="$om" -v nm="$nm" 'BEGIN {
        printf "%7d %8.2f %8.2f %8.2f %9.2f %9.2f %9.1f %9.1f %9.1f\n", n, bt, ot, nt, ot / bt, nt / bt, bm / 1024, om / 1024, nm / 1024
    }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$CALLGRIND" -gt 0 ]; then
    command -v valgrind >/dev/null || { echo "CALLGRIND needs valgrind" >&2; exit 2; }
    dir="$work/cg"
    "$gen" "$CALLGRIND" "$dir" "${gen_args[@]}"
    count() {
        valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>"$work/cg.err"
        grep -o 'Collected : [0-9]*' "$work/cg.err" | grep -o '[0-9]*$'
    }
    b=$(count "$base" "$dir")
    o=$(RAYON_NUM_THREADS=1 count "$OLD" score "$dir" --format csv)
    w=$(RAYON_NUM_THREADS=1 count "$new" score "$dir" --format csv)
    awk -v n="$CALLGRIND" -v b="$b" -v o="$o" -v w="$w" 'BEGIN {
        printf "instructions on %d files (one thread): baseline %.0f M, old %.0f M (%.3f), new %.0f M (%.3f); new/old %.3f\n", n, b / 1e6, o / 1e6, o / b, w / 1e6, w / b, w / o
    }'
fi
