# What every benchmark script shares (sourced by benches/*.sh): GNU time, a work folder removed
# on exit, and timing one run or the best of $RUNS runs.

# GNU time (/usr/bin/time) for wall time and peak memory, installed with apt when root.
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq time >/dev/null
    else
        echo "$0 needs GNU time (/usr/bin/time): apt-get install time" >&2
        exit 2
    fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/dgtk-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One timed run: prints "SECONDS MAX_RSS_KIB".
timed() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "failed: $*" >&2
        cat "$work/stderr" >&2
        exit 1
    }
    cat "$work/time"
}

# Best (lowest) time of $RUNS runs and the largest peak memory seen: prints "SECONDS MAX_RSS_KIB".
best_of() {
    local best="" rss=0 t m
    for _ in $(seq "$RUNS"); do
        read -r t m < <(timed "$@")
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
        if [ "$m" -gt "$rss" ]; then rss=$m; fi
    done
    echo "$best $rss"
}

# Builds the binary alone, as `cargo build --release` builds it (built in one invocation with the
# examples, it would get the dev-dependencies' features, other symbol names, and miss its code
# layout: benches/layout.sh), then the examples named. Sets `target`, `dgtk` (the binary), `gen`
# (examples/gen_assessments) and `base` (examples/parse_only).
build_release() {
    local examples=() e
    for e in "$@"; do examples+=(--example "$e"); done
    cargo build --release --quiet --bin dgtk
    cargo build --release --quiet "${examples[@]}"
    target=${CARGO_TARGET_DIR:-target}
    dgtk=$target/release/dgtk
    gen=$target/release/examples/gen_assessments
    base=$target/release/examples/parse_only
}
