#!/usr/bin/env bash
# Feeds many random and mutated files to every reader kinship has (settings,
# checklist progress, plans, imports, walk logs) and checks that none panics
# and none changes the file it reads. `cargo test` runs 150 cases; this runs
# as many as you like, in a release build, and reports the slowest read
# (the nesting and size limits keep it small; a read slower than LIMIT_MS
# fails the run, so a reader that went quadratic again is caught).
#
#   scripts/fuzz-readers.sh                  # 20000 cases
#   CASES=200000 SEED=7 scripts/fuzz-readers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${CASES:-20000}
seed=${SEED:-$RANDOM}
limit=${LIMIT_MS:-2000}
echo "fuzzing $cases files, seed $seed"
out=$(KINSHIP_FUZZ_CASES=$cases KINSHIP_FUZZ_SEED=$seed \
    cargo test --release --quiet --lib store::fuzz -- --nocapture 2>&1) || {
    echo "$out"
    echo "FAILED with seed $seed (repeat it with SEED=$seed)" >&2
    exit 1
}
slowest=$(grep -o 'slowest read: [0-9]* ms.*' <<< "$out")
echo "$slowest"
ms=$(sed 's/slowest read: \([0-9]*\) ms.*/\1/' <<< "$slowest")
if [ "$ms" -gt "$limit" ]; then
    echo "a read took ${ms} ms, more than ${limit} ms" >&2
    exit 1
fi
