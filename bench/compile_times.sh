#!/bin/bash
# Warm compile time of every program in examples/ and suites/default/: what `pyport convert`
# reports as `compile` with the runtime's precompiled header and prebuilt object already built
# (the warm case) and the build cache empty (so every program is really compiled). Wall time of
# the compiler; run it on a quiet machine.
#
# usage: bash bench/compile_times.sh [PYPORT_BINARY]    (default target/release/pyport)
# Uses a private cache directory (PYPORT_CACHE_DIR), so the user's caches are untouched.
set -u
cd "$(dirname "$0")/.."
BIN=${1:-target/release/pyport}
CACHE=$(mktemp -d /tmp/pyport-compile-times.XXXXXX)
OUT=$(mktemp -d /tmp/pyport-compile-out.XXXXXX)
trap 'rm -rf "$CACHE" "$OUT"' EXIT
export PYPORT_CACHE_DIR=$CACHE PYPORT_RUNTIME_BUILD=wait
printf '%-20s %s\n' program "compile (s)"
for p in examples/*.py suites/default/*.py; do
  n=$(basename "$p" .py)
  # The first compile of a program may also build the runtime for its set of defines: discard it.
  "$BIN" convert "$p" -o "$OUT/$n.cpp" --timing-budget 0 >/dev/null 2>&1
  rm -rf "$CACHE/builds"
  line=$("$BIN" convert "$p" -o "$OUT/$n.cpp" --timing-budget 0 2>&1 | grep -E '^compile ')
  # "compile     1.234 s" or "compile     812.34 ms"
  t=$(echo "$line" | awk '{ if ($3 == "ms") printf "%.3f", $2 / 1000; else if ($3 == "s") printf "%.3f", $2 }')
  printf '%-20s %s\n' "$n" "${t:-not translated}"
done | tee "$OUT/table.txt"
awk 'NR > 1 && $2 ~ /^[0-9.]+$/ { s += log($2); n++; if ($2 > 1.5) slow++ }
     END { printf "geometric mean %.2f s over %d programs; %d above 1.5 s\n", exp(s / n), n, slow }' "$OUT/table.txt"
