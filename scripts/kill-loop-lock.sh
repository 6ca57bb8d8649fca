#!/usr/bin/env bash
# Kills `kinship data lock`, `unlock` and `passphrase` at random moments,
# hundreds of times, and checks after each kill that every plan, checklist
# and walk log still opens with the right passphrase and says what it said
# before; at the end, a locked folder holds none of the words written.
# `cargo test` runs a short fixed version (tests/cli/crypt.rs); this is the
# long one.
#
#   scripts/kill-loop-lock.sh            # 300 kills
#   KILLS=1000 scripts/kill-loop-lock.sh
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${KILLS:-300}
cargo build --release --quiet
bin=$PWD/target/release/kinship

work=$(mktemp -d)
trap 'wait 2> /dev/null; rm -rf "$work"' EXIT
export KINSHIP_HOME=$work/data KINSHIP_CONFIG=$work/config.yaml HOME=$work
export KINSHIP_PASSPHRASE_FILE=$work/pass
unset KINSHIP_NOW
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# A random pause of 0 to 250 ms: locking takes a passphrase stretch and a
# write per file, so kills land all through it.
pause() { sleep "0.$(printf '%03d' $((RANDOM % 250)))"; }

printf 'first passphrase\n' > "$work/pass"
printf 'second passphrase\n' > "$work/pass2"
for i in $(seq 12); do
    printf 'approach: craft\nloved_one: Wordsworth%s\nplace: Thistlecombe\n' "$i" > "$work/p.yaml"
    "$bin" plan import intervention "$work/p.yaml" --name "person$i" > /dev/null 2>&1
done
"$bin" checklist check overdose-kit 1 2 3 > /dev/null 2>&1
"$bin" checklist note overdose-kit 1 "Marigoldish spray upstairs" > /dev/null 2>&1
snapshot() {
    for i in $(seq 12); do "$bin" plan show "person$i"; done
    "$bin" checklist show overdose-kit
}
want=$(snapshot)

echo "== data lock / unlock / passphrase: $kills kills"
for i in $(seq "$kills"); do
    case $((i % 3)) in
        0) args=(data lock) ;;
        1) args=(data unlock) ;;
        2) args=(data passphrase --new-passphrase-file "$work/pass") ;;
    esac
    "$bin" "${args[@]}" > /dev/null 2>&1 &
    pid=$!
    pause
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    if ! got=$(snapshot 2> "$work/err"); then
        fail "kill $i (${args[*]}): $(head -3 "$work/err")"
    elif [ "$got" != "$want" ]; then
        fail "kill $i (${args[*]}): the files read differently"
    fi
done

"$bin" data lock > /dev/null 2>&1 || fail "the last lock: $("$bin" data lock 2>&1)"
if grep -rqaE 'Wordsworth|Thistlecombe|Marigoldish|person[0-9]|overdose-kit' "$KINSHIP_HOME"; then
    fail "a locked folder holds a word the user wrote"
fi
[ "$(snapshot 2> /dev/null)" = "$want" ] || fail "after the last lock, the files read differently"
echo "   files: $(find "$KINSHIP_HOME" -type f | wc -l)"

if [ "$failures" -gt 0 ]; then
    echo "$failures failures" >&2
    exit 1
fi
echo "all kills survived"
