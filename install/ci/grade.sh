#!/bin/sh
# grade.sh grades every submission of one assignment with gobackprop, in
# any CI job or on a laptop, and leaves the reports in one folder:
#
#   OUT/grades.json   per submission: score, tests (id, points, max, status, message), findings
#   OUT/junit.xml     one testsuite per submission, one testcase per graded cell
#   OUT/summary.md    a Markdown summary, also appended to $GITHUB_STEP_SUMMARY when set
#   OUT/grades.csv    a gradebook: one row per student, one column per graded cell, total, max
#
# Usage: sh grade.sh SOURCE.ipynb SUBMISSIONS_DIR [OUT]    (OUT defaults to ./grading)
#
# Environment:
#   GOBACKPROP          a gobackprop binary to use; otherwise one is built:
#   GOBACKPROP_SRC      from this gobackprop checkout (go build), or else
#   GOBACKPROP_VERSION  with go install github.com/gobackprop/gobackprop/cmd/gobackprop@VERSION (latest)
#   JOBS (2)  TIMEOUT_CELL (2m)  TIMEOUT_TOTAL (10m)  MEMORY (4GiB)  FAIL_UNDER (none; e.g. 50%)
#   JOB_MINUTES (none)  the CI job's time limit: warn if the submissions may take longer
#   SHARD (none)  i/n: grade only this runner's share (a job matrix); merge.sh joins the shards
#
# OUT/grades.json is rewritten as each submission finishes, and a second run
# with the same OUT grades only what it does not hold yet (--resume).
#
# Exit status is gobackprop grade's: 0 graded, 1 a score under FAIL_UNDER,
# 2 usage, 3 an unusable submission (not a notebook, another kernel), 4 the
# grader failed. The reports are written in every case but 2.
set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
source=$1
submissions=$2
out=${3:-grading}
mkdir -p "$out"
out=$(cd "$out" && pwd)

. "$(dirname "$0")/build.sh"

# GitHub's Ubuntu runners refuse unprivileged user namespaces (AppArmor),
# which the grader confines each submission with.
if [ "${GITHUB_ACTIONS:-}" = true ] && [ "$(sysctl -n kernel.apparmor_restrict_unprivileged_userns 2>/dev/null)" = 1 ]; then
	sudo -n sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 >&2 || true
fi

if [ -n "${JOB_MINUTES:-}" ]; then
	n=$(find "$submissions" -name '*.ipynb' -not -path '*/.*' | wc -l)
	if [ -n "${SHARD:-}" ]; then # about an equal share each: the split is by hash
		n=$(((n + ${SHARD#*/} - 1) / ${SHARD#*/}))
	fi
	total=${TIMEOUT_TOTAL:-10m}
	case $total in *m) per=${total%m} ;; *h) per=$((${total%h} * 60)) ;; *) per=1 ;; esac
	worst=$(((n + ${JOBS:-2} - 1) / ${JOBS:-2} * per))
	if [ "$worst" -gt "$JOB_MINUTES" ]; then
		echo "warning: $n submissions may take up to $worst minutes ($TIMEOUT_TOTAL each, ${JOBS:-2} at a time), more than the job's $JOB_MINUTES: raise JOBS or split the run; a re-run continues where this one stops" >&2
	fi
fi

set -- --source "$source" -j "${JOBS:-2}" --resume \
	--timeout-cell "${TIMEOUT_CELL:-2m}" --timeout-total "${TIMEOUT_TOTAL:-10m}" --memory "${MEMORY:-4GiB}" \
	--json "$out/grades.json" --junit "$out/junit.xml" --markdown "$out/summary.md" --csv "$out/grades.csv"
if [ -n "${SHARD:-}" ]; then
	set -- "$@" --shard "$SHARD"
fi
if [ -n "${FAIL_UNDER:-}" ]; then
	set -- "$@" --fail-under "$FAIL_UNDER"
fi

status=0
"$GOBACKPROP" grade "$@" "$submissions" || status=$?

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$out/summary.md" ]; then
	cat "$out/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
echo "reports in $out (exit status $status)" >&2
exit "$status"
