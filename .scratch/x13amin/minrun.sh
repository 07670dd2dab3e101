#!/bin/sh
# minrun.sh file.go...: runs reductions through TestGoCorpus by copying them into the corpus
# directory for one run (as zz_x13amin_*), then removing them again.
cd /work/wt-x13a || exit 1
for f in "$@"; do cp ".scratch/x13amin/$f" interp/testdata/gocorpus/zz_x13amin_$(basename "$f"); done
CORPUS='zz_x13amin_*' CORPUS_DIFF=1 go test ./interp -run 'TestGoCorpus$' -v -count=1 2>&1 | grep -v '^=== RUN' > /tmp/x13a-min.log
rm -f interp/testdata/gocorpus/zz_x13amin_*
grep -E 'corpus_test.go:(103|116|134)|error:|SILENT' /tmp/x13a-min.log
