#!/bin/bash
# norun.sh BIN CORPUS_DIR OUT_DIR
# Translate every CORPUS_DIR/*.py with `BIN convert FILE --no-run -o OUT_DIR/NAME.cpp` (60 s timeout);
# log to OUT_DIR/NAME.log; summary in OUT_DIR/summary.txt: `NAME translated|refused|crash`, then a count line.
set -u
if [ $# -ne 3 ]; then echo "usage: $0 BIN CORPUS_DIR OUT_DIR (absolute paths)" >&2; exit 2; fi
BIN=$1; CORPUS=$2; OUT=$3
mkdir -p "$OUT"
summary="$OUT/summary.txt"; : > "$summary"
nt=0; nr=0; nc=0
for f in "$CORPUS"/*.py; do
  name=$(basename "$f" .py)
  log="$OUT/$name.log"; cpp="$OUT/$name.cpp"
  rm -f "$cpp"
  timeout 60 "$BIN" convert "$f" --no-run -o "$cpp" >"$log" 2>&1
  rc=$?
  if [ $rc -eq 0 ] && [ -s "$cpp" ]; then cls=translated; nt=$((nt+1))
  elif grep -q 'no C++ was written' "$log" || grep -qE '^error(\[[a-z-]+\])?:' "$log"; then cls=refused; nr=$((nr+1))
  else cls=crash; nc=$((nc+1)); echo "exit status $rc" >> "$log"
  fi
  echo "$name $cls" >> "$summary"
done
echo "total $((nt+nr+nc)): translated $nt, refused $nr, crash $nc" >> "$summary"
tail -1 "$summary"
