#!/usr/bin/env bash
# Kills kinship mid-write, hundreds of times, and checks that nothing is lost,
# nothing readable is left behind and nothing outside the data folder is
# touched: `plan import --force` (SIGKILL and Ctrl-C), `print -o`, and
# `sos --walk` (in a pseudo-terminal). `cargo test` runs a short fixed version
# of the first (tests/cli/store.rs); this is the long one.
#
#   scripts/kill-loop.sh            # 300 kills of each
#   KILLS=1000 scripts/kill-loop.sh
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${KILLS:-300}
cargo build --release --quiet
bin=$PWD/target/release/kinship

work=$(mktemp -d)
trap 'wait 2> /dev/null; rm -rf "$work"' EXIT
export KINSHIP_HOME=$work/data KINSHIP_CONFIG=$work/config.yaml HOME=$work
unset KINSHIP_NOW
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# A random pause of 0 to 40 ms, so kills land all through a run.
pause() { sleep "0.0$(printf '%02d' $((RANDOM % 40)))"; }

echo "== plan import --force: $kills kills"
printf 'approach: craft\n' > "$work/old.yaml"
printf 'approach: invitation\nloved_one: Sam\n' > "$work/new.yaml"
"$bin" plan import intervention "$work/old.yaml" --name dad > /dev/null 2>&1
for i in $(seq "$kills"); do
    file=$work/new.yaml
    [ $((i % 2)) -eq 0 ] && file=$work/old.yaml
    "$bin" plan import intervention "$file" --name dad --force > /dev/null 2>&1 &
    pid=$!
    pause
    # One kill in four is a Ctrl-C, the rest are SIGKILL.
    if [ $((i % 4)) -eq 0 ]; then kill -INT "$pid" 2> /dev/null || true; else kill -KILL "$pid" 2> /dev/null || true; fi
    wait "$pid" 2> /dev/null || true
    if ! shown=$("$bin" plan show dad 2> "$work/err"); then
        fail "kill $i: plan show dad failed: $(cat "$work/err")"
    elif ! grep -qE "A CRAFT-style conversation|An open invitation" <<< "$shown"; then
        fail "kill $i: the plan is neither the old one nor the new one"
    fi
done
"$bin" plan import intervention "$work/old.yaml" --name dad --force > /dev/null 2>&1
left=$(find "$KINSHIP_HOME/plans" -name '*.tmp' | wc -l)
[ "$left" -eq 0 ] || fail "$left temporary files left in plans/ after the next import"
echo "   archived copies: $(find "$KINSHIP_HOME/archive" -type f | wc -l)"

echo "== print -o: $kills kills"
out=$work/out/printed.html
mkdir -p "$work/out"
for i in $(seq "$kills"); do
    rm -f "$out"
    "$bin" print plan dad -o "$out" > /dev/null 2>&1 &
    pid=$!
    pause
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    if [ -e "$out" ] && ! grep -q '</html>' "$out"; then
        fail "kill $i: a half-written $out"
    fi
    # Nothing readable may be left beside the output (the text is written
    # into an unnamed file, or a private one the next run removes).
    for tmp in "$work"/out/.printed.html.*.tmp; do
        [ -e "$tmp" ] || continue
        mode=$(stat -c %a "$tmp")
        [ "$mode" = 600 ] || fail "kill $i: $tmp is readable by others ($mode)"
    done
done
rm -f "$out"
"$bin" print plan dad -o "$out" > /dev/null 2>&1
left=$(find "$work/out" -name '*.tmp' | wc -l)
[ "$left" -eq 0 ] || fail "$left temporary files left beside the output after the next print"

echo "== sos --walk: $kills kills"
for i in $(seq "$kills"); do
    # Enter on each step logs it, and each log is saved as it changes.
    (sleep 0.05; printf '\r\r\r\r'; sleep 1) | script -qfec "exec $bin sos --walk" /dev/null > /dev/null 2>&1 &
    spid=$!
    sleep 0.06
    pause
    kpid=$(pgrep -P "$spid" || true)
    [ -n "$kpid" ] && kill -KILL "$kpid" 2> /dev/null || true
    wait "$spid" 2> /dev/null || true
done
if [ -d "$KINSHIP_HOME/sos" ]; then
    "$bin" sos log > /dev/null 2> "$work/err" || fail "sos log: $(cat "$work/err")"
    for log in "$KINSHIP_HOME"/sos/*.yaml; do
        [ -e "$log" ] || continue
        name=$(basename "$log" .yaml)
        "$bin" sos log "$name" > /dev/null 2> "$work/err" || fail "log $name: $(cat "$work/err")"
    done
    echo "   logs saved: $(find "$KINSHIP_HOME/sos" -name '*.yaml' | wc -l)," \
        "temporary files before the next save: $(find "$KINSHIP_HOME/sos" -name '*.tmp' | wc -l)"
    # One more walk, ended by SIGTERM after a step is logged: its save
    # clears what killed walks left (and one planted here, to be sure).
    touch "$KINSHIP_HOME/sos/.2026-01-01T00-00-00.yaml.999999999-0.tmp"
    (sleep 0.05; printf '\r'; sleep 2) | script -qfec "exec $bin sos --walk" /dev/null > /dev/null 2>&1 &
    spid=$!
    sleep 1
    kpid=$(pgrep -P "$spid" || true)
    [ -n "$kpid" ] && kill -TERM "$kpid" 2> /dev/null || true
    wait "$spid" 2> /dev/null || true
    left=$(find "$KINSHIP_HOME/sos" -name '*.tmp' | wc -l)
    [ "$left" -eq 0 ] || fail "$left temporary files left in sos/ after the next save"
fi

# Nothing outside the data folder, the output folder and the settings file.
stray=$(find "$work" -mindepth 1 -maxdepth 1 ! -name data ! -name out ! -name '*.yaml' ! -name err ! -name config.yaml)
[ -z "$stray" ] || fail "files outside the data folder: $stray"

if [ "$failures" -gt 0 ]; then
    echo "$failures failures" >&2
    exit 1
fi
echo "all kills survived"
