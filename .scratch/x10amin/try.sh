#!/bin/sh
# try.sh FILE...: runs reductions through TestGoCorpus by copying them into the corpus
# directory for one run (as zz_x10amin_*), then removing them again. Log: /tmp/x10a-min.log
cd /work/wt-x10a || exit 1
for f in "$@"; do cp "$f" interp/testdata/gocorpus/zz_x10amin_$(basename "$f"); done
CORPUS='zz_x10amin_*' CORPUS_DIFF=1 go test ./interp -run TestGoCorpus -v -count=1 2>&1 | grep -v '^=== RUN' > /tmp/x10a-min.log
rm -f interp/testdata/gocorpus/zz_x10amin_*
grep -E -A12 'corpus_test.go:(103|134)' /tmp/x10a-min.log
