#!/bin/bash
# run.sh BIN CORPUS_DIR OUT_DIR
# Full check of every CORPUS_DIR/*.py: `BIN convert FILE -o OUT_DIR/NAME.cpp --timeout 30 --timing-budget 0.2`,
# run from a fresh temp folder holding only a copy of the program (so CPython and the port both run in an
# empty folder). Log to OUT_DIR/NAME.log; summary in OUT_DIR/summary.txt, one line per program:
#   NAME verified|not-verified|compile-error|refused|crash
# (not-verified: output/exit status differs, runtime error or timeout of the port; compile-error: the C++
#  did not compile or the compiler timed out; refused: not translated; crash: pyport itself failed with no
#  verdict and no diagnostic), then a count line.
set -u
if [ $# -ne 3 ]; then echo "usage: $0 BIN CORPUS_DIR OUT_DIR (absolute paths)" >&2; exit 2; fi
BIN=$1; CORPUS=$2; OUT=$3
mkdir -p "$OUT"
summary="$OUT/summary.txt"; : > "$summary"
declare -A n=([verified]=0 [not-verified]=0 [compile-error]=0 [refused]=0 [crash]=0)
for f in "$CORPUS"/*.py; do
  name=$(basename "$f" .py)
  log="$OUT/$name.log"; cpp="$OUT/$name.cpp"
  rm -f "$cpp"
  work=$(mktemp -d /tmp/pyport-corpus-run.XXXXXX)
  cp "$f" "$work/$name.py"
  ( cd "$work" && timeout 300 "$BIN" convert "$name.py" -o "$cpp" --timeout 30 --timing-budget 0.2 </dev/null ) >"$log" 2>&1
  rc=$?
  rm -rf "$work"
  verdict=$(grep -m1 '^verdict ' "$log")
  if [[ "$verdict" == *"verdict     verified"* ]]; then cls=verified
  elif [[ "$verdict" == *"did not compile"* || "$verdict" == *"compiler timed out"* ]]; then cls=compile-error
  elif [[ -n "$verdict" ]]; then cls=not-verified
  elif grep -q 'no C++ was written' "$log" || grep -qE '^error(\[[a-z-]+\])?:' "$log"; then cls=refused
  else cls=crash; echo "exit status $rc" >> "$log"
  fi
  n[$cls]=$((n[$cls]+1))
  echo "$name $cls" >> "$summary"
done
total=$(( n[verified] + n[not-verified] + n[compile-error] + n[refused] + n[crash] ))
echo "total $total: verified ${n[verified]}, not-verified ${n[not-verified]}, compile-error ${n[compile-error]}, refused ${n[refused]}, crash ${n[crash]}" >> "$summary"
tail -1 "$summary"
