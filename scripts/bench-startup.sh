#!/usr/bin/env bash
# How fast kinship reaches the screen, against `cat` printing the same text.
# Measured here, never asserted in the test suite (shared machines are noisy).
#
# valgrind (callgrind) gives an instruction count for each command, which is
# repeatable whatever else the machine is doing; each is checked against its
# target from docs/performance.md, and the script exits non-zero if one is
# over. hyperfine, if present, adds wall-clock timings; without it they are
# skipped.
#
#   scripts/bench-startup.sh            # builds the release binary first
#   KINSHIP_BIN=path scripts/bench-startup.sh   # measures that binary instead
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KINSHIP_BIN:-}" ]; then
    cargo build --release --quiet
fi
bin=${KINSHIP_BIN:-target/release/kinship}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh home, so `checklist list` reads no one's progress and the settings
# file of whoever runs this changes nothing.
export KINSHIP_HOME="$work/home"
export XDG_CONFIG_HOME="$work/config"
export HOME="$work"
unset KINSHIP_REGION KINSHIP_PAGER KINSHIP_CONFIG COLUMNS
mkdir -p "$KINSHIP_HOME" "$XDG_CONFIG_HOME"
rendered="$work/rendered.txt"
"$bin" --region us guide overdose > "$rendered"

# name, arguments, target (instructions)
targets=(
    "cat|-|400000"
    "--version|--version|600000"
    "guide overdose|--region us guide overdose|1500000"
    "sos|--region us sos|1000000"
    "search naloxone|--region us search naloxone|GUIDE2"
    "checklist list|--region us checklist list|2000000"
)

if command -v hyperfine > /dev/null; then
    hyperfine --shell=none --warmup 20 --runs 300 \
        "cat $rendered" \
        "$bin --version" \
        "$bin --region us guide overdose" \
        "$bin --region us sos" \
        "$bin --region us search naloxone" \
        "$bin --region us checklist list"
else
    echo "hyperfine is not installed; skipping the timings (instruction counts follow)" >&2
fi

if ! command -v valgrind > /dev/null; then
    echo "valgrind is not installed (apt-get install valgrind): no instruction counts" >&2
    exit 0
fi

count() {
    local out="$work/callgrind.txt"
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" > /dev/null 2> "$out"
    grep -o 'refs: *[0-9,]*' "$out" | tr -dc '0-9'
}

status=0
guide=0
printf '%-18s %12s %12s\n' command instructions target
for entry in "${targets[@]}"; do
    IFS='|' read -r name args target <<< "$entry"
    if [ "$name" = cat ]; then
        n=$(count cat "$rendered")
    else
        # shellcheck disable=SC2086
        n=$(count "$bin" $args)
    fi
    [ "$name" = "guide overdose" ] && guide=$n
    [ "$target" = GUIDE2 ] && target=$((2 * guide))
    mark=""
    if [ "$name" != cat ] && [ "$n" -gt "$target" ]; then
        mark="  over target"
        status=1
    fi
    printf '%-18s %12s %12s%s\n' "$name" "$n" "$target" "$mark"
done
exit $status
