// Package ci holds what a course needs to grade in continuous integration
// with gobackprop alone - no Python, no Jupyter: grade.sh, a POSIX shell
// script that builds gobackprop (or uses a given binary), grades every
// submission in a folder and leaves JSON, JUnit and Markdown reports in one
// place, and grade.yml, a GitHub Actions workflow that installs Go, checks
// out and builds gobackprop, runs the script, uploads the reports, publishes
// the JUnit report as a check and writes the Markdown summary to the job's
// page ($GITHUB_STEP_SUMMARY).
//
// # A class spread over runners
//
// grade.yml is a job matrix: each runner grades one shard (SHARD=i/n, passed
// to gobackprop grade --shard, a split by a hash of each submission's path
// that every runner computes alike), then merge.sh joins the shards' JSON
// reports with gobackprop grade merge into the reports - JSON, JUnit,
// Markdown and a CSV gradebook - that one run over every submission would
// have written. build.sh, sourced by both scripts, finds or builds the
// binary. TestWorkflowShards runs the workflow's run steps on 200 generated
// submissions in four shards and one merge, each in a checkout of its own,
// and compares the merged reports with a single run's byte for byte.
//
// # Other CI systems
//
// Anything that runs a shell and has Go runs the same script:
//
//	GOBACKPROP_SRC=path/to/gobackprop sh grade.sh SOURCE.ipynb SUBMISSIONS_DIR OUT
//
// then keeps OUT/junit.xml as the test report (GitLab: artifacts:reports:junit;
// Jenkins: the junit step). The package's test runs the script exactly so,
// on the fixture submissions of package grade.
//
// # Keeping the solutions secret
//
// The source notebook holds the reference solutions and the hidden tests.
// Grade in a repository students cannot read - the course's grading
// repository, into which submissions are collected - never in a student's
// own repository, whose workflow runs and logs the student can see.
package ci
