#!/bin/sh
# merge.sh joins the reports of the shards of one grading run - each
# runner of a job matrix ran grade.sh with SHARD=i/n - into the reports a
# single run would have left, in one folder:
#
#   OUT/grades.json  OUT/junit.xml  OUT/summary.md  OUT/grades.csv    (as grade.sh's)
#
# The summary is also appended to $GITHUB_STEP_SUMMARY when set.
#
# Usage: sh merge.sh SOURCE.ipynb OUT SHARD_REPORT.json...
#
# SOURCE.ipynb only names the assignment in the reports, as grade.sh's do;
# the file need not exist. GOBACKPROP, GOBACKPROP_SRC and GOBACKPROP_VERSION
# say which gobackprop to use, as for grade.sh.
#
# Exit status is gobackprop grade merge's: 0, 2 usage or a report that is
# not one (or a submission in two reports), 3 an unusable submission, 4 one
# the grader could not grade. The reports are written in every case but 2.
set -eu

if [ $# -lt 3 ]; then
	sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
title=$(basename "$1" .ipynb)
mkdir -p "$2"
out=$(cd "$2" && pwd)
shift 2

. "$(dirname "$0")/build.sh"

status=0
"$GOBACKPROP" grade merge --title "$title" \
	--json "$out/grades.json" --junit "$out/junit.xml" --markdown "$out/summary.md" --csv "$out/grades.csv" \
	"$@" || status=$?

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$out/summary.md" ]; then
	cat "$out/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
echo "merged reports in $out (exit status $status)" >&2
exit "$status"
