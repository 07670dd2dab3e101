#!/bin/sh
# minrun.sh file.go...: runs reductions through TestGoCorpus as zz_x15amin_*, then removes the copies.
cd /work/wt-x15a || exit 1
for f in "$@"; do cp "$f" interp/testdata/gocorpus/zz_x15amin_$(basename "$f"); done
CORPUS='zz_x15amin_*' CORPUS_DIFF=1 go test ./interp -run 'TestGoCorpus$' -v -count=1 2>&1 | grep -v '^=== RUN' > /tmp/x15a-min.log
rm -f interp/testdata/gocorpus/zz_x15amin_*
grep -E 'corpus_test.go:(103|116|134)|error:|SILENT' /tmp/x15a-min.log
