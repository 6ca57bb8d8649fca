#!/usr/bin/env bash
# How fast the overdose guide (and the sos card) reaches the screen, against `cat` printing the
# same text. Measured here, never asserted in the test suite (shared machines
# are noisy). Needs hyperfine; valgrind, if present, adds an instruction count,
# which is repeatable whatever else the machine is doing.
#
#   scripts/bench-startup.sh            # builds the release binary first
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/kinship
rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT
"$bin" --region us guide overdose > "$rendered"

if command -v hyperfine > /dev/null; then
    hyperfine --shell=none --warmup 20 --runs 300 \
        "cat $rendered" \
        "$bin --version" \
        "$bin --region us guide overdose" \
        "$bin --region us guide od" \
        "$bin --region us sos"
else
    echo "hyperfine is not installed (apt-get install hyperfine); skipping timings" >&2
fi

if command -v valgrind > /dev/null; then
    for args in "--version" "guide overdose" "sos"; do
        out=$(mktemp)
        # shellcheck disable=SC2086
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" --region us $args \
            > /dev/null 2> "$out"
        printf 'instructions, kinship %-16s %s\n' "$args:" \
            "$(grep -o 'refs: *[0-9,]*' "$out" | tr -s ' ' | cut -d' ' -f2)"
        rm -f "$out"
    done
fi
