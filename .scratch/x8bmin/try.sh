#!/bin/sh
# try.sh FILE...: run scratch programs through TestGoCorpus (copied in as zz_x8bmin_*, removed after).
cd /work/wt-x8b
for f in "$@"; do cp "$f" interp/testdata/gocorpus/zz_x8bmin_$(basename "$f"); done
if [ -n "$FULL" ]; then CORPUS='zz_x8bmin_*' CORPUS_DIFF=1 go test ./interp -run TestGoCorpus -v 2>&1 | grep -v "^=== RUN\|--- PASS"; else
CORPUS='zz_x8bmin_*' CORPUS_DIFF=1 go test ./interp -run TestGoCorpus -v 2>&1 | grep -E "error:|corpus_test.go:1[01][36]|behave|got output|SILENT|silent"; fi
rm -f interp/testdata/gocorpus/zz_x8bmin_*
