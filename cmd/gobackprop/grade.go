package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/gobackprop/gobackprop/grade"
	"github.com/gobackprop/gobackprop/notebook"
)

// Exit codes of grade, besides exitOK, exitFail (a score under
// --fail-under) and exitUsage (bad flags, an unusable source).
const (
	exitUnusable = 3 // a submission is not a notebook, is for another kernel or another assignment
	exitGrader   = 4 // the grader could not grade a submission
)

const assignUsage = `Usage: gobackprop assign SOURCE.ipynb -o STUDENT.ipynb

Writes the student version of an instructor's notebook: each region between
"// BEGIN SOLUTION" and "// END SOLUTION" becomes "// YOUR CODE HERE" and a
panic("not implemented") stub, regions between "// BEGIN HIDDEN TESTS" and
"// END HIDDEN TESTS" are removed, outputs are cleared; cell ids and nbgrader
metadata are kept.
`

func runAssign(args []string) int {
	fs := flag.NewFlagSet("assign", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, assignUsage) }
	out := fs.String("o", "", "where to write the student version")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) != 1 || *out == "" {
		fs.Usage()
		return exitUsage
	}
	if same(pos[0], *out) {
		fmt.Fprintln(os.Stderr, "gobackprop assign: -o names the source notebook itself: that would overwrite the solutions")
		return exitUsage
	}
	src, err := notebook.ReadFile(pos[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop assign:", err)
		return exitUsage
	}
	student, err := grade.Assign(src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gobackprop assign: %s: %v\n", pos[0], err)
		return exitFail
	}
	if err := student.WriteFile(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop assign:", err)
		return exitFail
	}
	tests, points, answers, byHand := 0, 0.0, 0, 0.0
	for _, c := range student.Cells {
		m, _ := grade.MetaOf(c)
		switch {
		case m.Grade && c.Type == notebook.CodeCell:
			tests++
			points += m.Points
		case m.Grade && m.Solution && c.Type == notebook.MarkdownCell:
			answers++
			byHand += m.Points
		}
	}
	fmt.Fprintf(os.Stderr, "wrote %s: the student version of %s (%d graded cells, %v points; %d written answers, %v points, graded by hand)\n",
		*out, pos[0], tests, points, answers, byHand)
	return exitOK
}

const gradeUsage = `Usage: gobackprop grade --source SOURCE.ipynb [flags] SUBMISSION.ipynb... | DIR...

Grades submissions against the instructor's source notebook: the student's
solution cells run with the source's checks and hidden tests, each
submission in its own restricted child process; every graded cell that runs
without error earns its points. Written answers (graded Markdown solution
cells) are reported with the student's text, to grade by hand. A directory
stands for every notebook in it.

Exit status: 0 graded (even with lost points), 1 a score under --fail-under,
2 usage error or unusable source, 3 an unusable submission (not a notebook,
another kernel, another assignment), 4 the grader failed.

Flags:
`

func runGrade(args []string) int {
	if len(args) > 0 && args[0] == "merge" {
		return runGradeMerge(args[1:])
	}
	fs := flag.NewFlagSet("grade", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(os.Stderr, gradeUsage)
		fs.PrintDefaults()
	}
	source := fs.String("source", "", "the instructor's notebook, with solutions and hidden tests (required)")
	reports := addReportFlags(fs)
	shardFlag := fs.String("shard", "", "grade only share i of n (i/n, from 1/n to n/n), picked by a hash of each submission's path: the same split on every runner")
	feedbackDir := fs.String("feedback", "", "write each student a feedback notebook (their submission with the result under each graded cell) into this directory")
	cellTimeout := fs.Duration("timeout-cell", grade.DefaultCellTimeout, "time limit of each cell")
	totalTimeout := fs.Duration("timeout-total", grade.DefaultTotalTimeout, "time limit of each submission")
	memory := fs.String("memory", "4GiB", "memory limit of each submission's process")
	maxOutput := fs.String("max-output", "2MiB", "how much text one cell may print")
	maxSubmission := fs.String("max-submission", "20MiB", "the largest submission file read; a larger one is unusable")
	failUnder := fs.String("fail-under", "", "exit 1 if a submission scores under this: points (7.5) or a percentage (70%)")
	maxDisk := fs.String("max-disk", "64MiB", "how much a submission may write in all (with a mount namespace; else 256MiB a file)")
	requireIsolation := fs.Bool("require-isolation", requireIsolationDefault(),
		"refuse to grade unless every layer of isolation is available (default: $GOBACKPROP_REQUIRE_ISOLATION, else on when CI=true or outside Linux)")
	resume := fs.Bool("resume", false, "keep the submissions already in the --json report (graded or unusable) and grade the others")
	jobs := fs.Int("j", 1, "grade this many submissions at a time")
	quiet := fs.Bool("q", false, "do not print the table of results")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return exitUsage
	}
	if *source == "" || len(pos) == 0 || *jobs < 1 {
		fs.Usage()
		return exitUsage
	}
	mem, err := grade.ParseSize(*memory)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade: --memory:", err)
		return exitUsage
	}
	maxOut, err := grade.ParseSize(*maxOutput)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade: --max-output:", err)
		return exitUsage
	}
	maxSub, err := grade.ParseSize(*maxSubmission)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade: --max-submission:", err)
		return exitUsage
	}
	disk, err := grade.ParseSize(*maxDisk)
	if err != nil || disk == 0 {
		fmt.Fprintln(os.Stderr, "gobackprop grade: --max-disk:", err)
		return exitUsage
	}
	shard := grade.Shard{Index: 1, Count: 1}
	if *shardFlag != "" {
		if shard, err = grade.ParseShard(*shardFlag); err != nil {
			fmt.Fprintln(os.Stderr, "gobackprop grade: --shard:", err)
			return exitUsage
		}
	}
	threshold, percent, err := parseFailUnder(*failUnder)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade: --fail-under:", err)
		return exitUsage
	}
	src, err := notebook.ReadFile(*source)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade: --source:", err)
		return exitUsage
	}
	if _, err := grade.Assign(src); err != nil { // checks the source before any child starts
		fmt.Fprintf(os.Stderr, "gobackprop grade: --source %s: %v\n", *source, err)
		return exitUsage
	}

	paths, err := submissionPaths(pos, *source, shard)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade:", err)
		return exitUsage
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := grade.Options{CellTimeout: *cellTimeout, TotalTimeout: *totalTimeout, Memory: mem, MaxOutput: int(maxOut),
		MaxSubmission: maxSub, SourcePath: *source, Disk: disk, RequireIsolation: *requireIsolation}
	layers, err := grade.Isolation(ctx, opts)
	if err == nil && *requireIsolation {
		err = grade.RequireAll(layers)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade:", err)
		return exitGrader
	}
	switch {
	case !grade.OSIsolation:
		fmt.Fprintf(os.Stderr, "isolation: none - isolation is Linux-only; grading unconfined on %s\n", runtime.GOOS)
	case !*quiet:
		fmt.Fprintf(os.Stderr, "isolation: %s\n", strings.Join(layers, ", "))
	}
	if shard.Count > 1 {
		fmt.Fprintf(os.Stderr, "shard %s: grading %d submissions, %d at a time\n", shard, len(paths), *jobs)
	} else if len(paths) > 1 {
		fmt.Fprintf(os.Stderr, "grading %d submissions, %d at a time\n", len(paths), *jobs)
	}
	results, todo, err := resumed(*resume, *reports.json, paths)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade: --resume:", err)
		return exitUsage
	}
	// The JSON report is rewritten as each submission finishes: a run that
	// is cancelled (a CI job's time limit) keeps what finished.
	opts.Done = func(i int, r *grade.Result) {
		results[todo[i]] = r
		if *reports.json != "" {
			writeFileAtomic(*reports.json, func(w io.Writer) error { return grade.WriteJSON(w, finished(results)) })
		}
	}
	todoPaths := make([]string, len(todo))
	for i, j := range todo {
		todoPaths[i] = paths[j]
	}
	grade.GradeAll(ctx, src, todoPaths, *jobs, opts)
	results = finished(results)

	if !*quiet {
		grade.WriteTable(os.Stdout, results)
	}
	title := strings.TrimSuffix(filepath.Base(*source), ".ipynb")
	status := exitOK
	for _, wr := range reports.writers(title, results) { // JSON once more, with every result
		if err := writeFile(wr.path, wr.write); err != nil {
			fmt.Fprintln(os.Stderr, "gobackprop grade:", err)
			status = exitGrader
		}
	}
	if *feedbackDir != "" {
		if err := writeFeedback(*feedbackDir, results); err != nil {
			fmt.Fprintln(os.Stderr, "gobackprop grade: --feedback:", err)
			status = exitGrader
		}
	}
	return max(status, gradeStatus(results, threshold, percent))
}

// writeFeedback writes a feedback notebook for each submission that is a
// notebook, at the submission's path under dir (see feedbackPath).
func writeFeedback(dir string, results []*grade.Result) error {
	for _, r := range results {
		sub, err := notebook.ReadFile(r.Submission)
		if err != nil {
			continue // not a notebook: the reports say so, there is nothing to annotate
		}
		fb, err := grade.Feedback(sub, r)
		if err != nil {
			return err
		}
		path := feedbackPath(dir, r.Submission)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := fb.WriteFile(path); err != nil {
			return err
		}
	}
	return nil
}

// feedbackPath keeps the submission's relative path under dir, so that
// alice/07-svm.ipynb and bob/07-svm.ipynb get a file each; a path that
// leaves the working directory keeps only its file name.
func feedbackPath(dir, submission string) string {
	rel := filepath.Clean(submission)
	if filepath.IsAbs(rel) || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		rel = filepath.Base(rel)
	}
	return filepath.Join(dir, rel)
}

// gradeStatus is the exit status the results call for: the grader's own
// failures first, then unusable submissions, then scores under the bar.
func gradeStatus(results []*grade.Result, threshold float64, percent bool) int {
	status := exitOK
	for _, r := range results {
		switch {
		case r.State == grade.Aborted:
			status = max(status, exitGrader)
		case r.State == grade.Unusable:
			status = max(status, exitUnusable)
		case threshold > 0 && under(r, threshold, percent):
			status = max(status, exitFail)
		}
	}
	return status
}

func under(r *grade.Result, threshold float64, percent bool) bool {
	if percent {
		return r.Max > 0 && 100*r.Score/r.Max < threshold
	}
	return r.Score < threshold
}

// parseFailUnder reads "7.5" (points) or "70%" (of the maximum).
func parseFailUnder(s string) (threshold float64, percent bool, err error) {
	if s == "" {
		return 0, false, nil
	}
	num, percent := strings.CutSuffix(strings.TrimSpace(s), "%")
	threshold, err = strconv.ParseFloat(num, 64)
	if err != nil || threshold < 0 {
		return 0, false, fmt.Errorf("%q: want points (7.5) or a percentage (70%%)", s)
	}
	return threshold, percent, nil
}

// resumed returns a result slot for each path, filled for those the
// report at jsonPath already has graded or unusable when resume is set,
// and the indexes of the paths still to grade.
func resumed(resume bool, jsonPath string, paths []string) ([]*grade.Result, []int, error) {
	results := make([]*grade.Result, len(paths))
	done := map[string]*grade.Result{}
	if resume {
		if jsonPath == "" {
			return nil, nil, fmt.Errorf("needs --json, the report to resume")
		}
		if f, err := os.Open(jsonPath); err == nil {
			prev, err := grade.ReadJSON(f)
			f.Close()
			if err != nil {
				return nil, nil, err
			}
			for _, r := range prev {
				if r.State == grade.Graded || r.State == grade.Unusable {
					done[r.Submission] = r
				}
			}
		}
	}
	var todo []int
	for i, p := range paths {
		if r, ok := done[p]; ok {
			results[i] = r
		} else {
			todo = append(todo, i)
		}
	}
	return results, todo, nil
}

// finished returns the results there are, in order.
func finished(results []*grade.Result) []*grade.Result {
	out := []*grade.Result{}
	for _, r := range results {
		if r != nil {
			out = append(out, r)
		}
	}
	return out
}

// writeFileAtomic writes path through a temporary file renamed over it,
// so that a reader (or a cancelled job) never sees half a report.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp := path + ".tmp"
	if err := writeFile(tmp, write); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func writeFile(path string, write func(io.Writer) error) error {
	if dir := filepath.Dir(path); dir != "" {
		os.MkdirAll(dir, 0o755)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// requireIsolationDefault is on in CI (CI=true), where grades count and
// nobody watches the log, and outside Linux, where there is no isolation
// at all and grading unconfined must be asked for, unless
// $GOBACKPROP_REQUIRE_ISOLATION says otherwise (0 or 1).
func requireIsolationDefault() bool {
	if v, err := strconv.ParseBool(os.Getenv("GOBACKPROP_REQUIRE_ISOLATION")); err == nil {
		return v
	}
	return os.Getenv("CI") == "true" || !grade.OSIsolation
}

// runGradeWorker is the hidden command grade starts for each submission.
func runGradeWorker(args []string) int {
	if os.Getenv(grade.WorkerEnv) != "1" {
		fmt.Fprintln(os.Stderr, "gobackprop grade-worker is run by gobackprop grade, not by hand")
		return exitUsage
	}
	return grade.Work()
}

// same reports whether two paths name the same file.
func same(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(ia, ib)
	}
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return aa == bb
}
