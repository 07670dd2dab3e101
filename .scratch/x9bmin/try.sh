#!/bin/sh
# try.sh FILE...: run minimal programs through TestGoCorpus, copied in as
# zz_x9bmin_*.go for one run and removed again (they are not corpus programs).
dir=/work/wt-x9b/interp/testdata/gocorpus
for f in "$@"; do cp "$f" "$dir/zz_x9bmin_$(basename "$f")"; done
cd /work/wt-x9b || exit 1
CORPUS='zz_x9bmin_*' CORPUS_DIFF=1 go test ./interp -run 'TestGoCorpus$' -v -count=1 2>&1 |
	grep -v -E '^=== RUN|^--- |^(FAIL|ok|PASS)' | grep -v 'corpus_test.go:116'
rm -f "$dir"/zz_x9bmin_*
