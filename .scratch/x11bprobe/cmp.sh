#!/bin/bash
# usage: x11b-cmp.sh file.go ... ; compares go run with cellrun (one cell)
for f in "$@"; do
  want=$(cd /tmp && timeout 60 go run "$f" 2>&1)
  got=$(timeout 60 ${CELLRUN:-/tmp/x11b-cellrun} "$f" 2>&1)
  if [ "$want" = "$got" ]; then echo "SAME $f"; else
    if echo "$got" | grep -q "ERROR\|panic"; then echo "ERR  $f"; else echo "DIFF $f (SILENT?)"; fi
    diff <(echo "$want") <(echo "$got") | head -${LINES_:-12}
  fi
done
