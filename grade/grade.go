package grade

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gobackprop/gobackprop/notebook"
)

// Options are the limits of a grading run. The zero value gives the
// defaults.
type Options struct {
	// CellTimeout bounds each cell; zero means DefaultCellTimeout.
	CellTimeout time.Duration
	// TotalTimeout bounds a whole submission; zero means
	// DefaultTotalTimeout.
	TotalTimeout time.Duration
	// Memory bounds the heap of the process that runs a submission;
	// zero means DefaultMemory.
	Memory int64
	// MaxOutput is how much text one cell may print before it is
	// stopped; zero means DefaultMaxOutput.
	MaxOutput int
	// MaxSubmission is the largest submission file read, in bytes; zero
	// means DefaultMaxSubmission. A larger one is unusable, found before
	// anything reads it.
	MaxSubmission int64
	// SourcePath, if set, is the source notebook's file: a submission that
	// is the same file (a hard link to it) is unusable.
	SourcePath string
	// Disk bounds the files a submission writes in all, when its worker
	// has a root of its own (LayerMountNS); zero means DefaultDisk.
	// Without, each file is bounded by 256 MiB.
	Disk int64
	// RequireIsolation refuses to grade (an error wrapping ErrIsolation)
	// in a worker that lacks a layer of Layers, rather than grade less
	// confined.
	RequireIsolation bool
	// Done, if set, is called with each submission's index and result as
	// soon as GradeAll has it, one call at a time, so that a report can
	// be written while the others are graded: a cancelled run keeps what
	// finished.
	Done func(i int, r *Result)
	// Worker is the command that runs Work in a child process; nil
	// means this executable with the argument "grade-worker", the hidden
	// command of the gobackprop binary. WorkerEnv is always set in its
	// environment.
	Worker []string
}

// Defaults for Options. A bundled assignment trains on MNIST in a few
// minutes on two cores; the limits leave room for that and no more.
const (
	DefaultCellTimeout  = 2 * time.Minute
	DefaultTotalTimeout = 10 * time.Minute
	DefaultMemory       = 4 << 30
	DefaultMaxOutput    = 2 << 20
	// DefaultMaxSubmission leaves room for a notebook with its outputs
	// (plots, printed losses) far above what an assignment makes.
	DefaultMaxSubmission = 20 << 20
	// DefaultDisk is room for a few saved plots and models.
	DefaultDisk = 64 << 20
)

// grace is how long past a cell's time limit the grader waits for the
// worker to report before it kills it: the worker stops the cell itself,
// and waits up to a second for compiled code before it abandons it.
const grace = 10 * time.Second

// waitDelay is how long the grader waits for the worker's output after
// the worker exits or is killed: anything still holding its pipes then
// is a descendant that escaped its process group, and is not waited for.
const waitDelay = 2 * time.Second

func (o Options) withDefaults() Options {
	if o.CellTimeout <= 0 {
		o.CellTimeout = DefaultCellTimeout
	}
	if o.TotalTimeout <= 0 {
		o.TotalTimeout = DefaultTotalTimeout
	}
	if o.Memory <= 0 {
		o.Memory = DefaultMemory
	}
	if o.MaxOutput <= 0 {
		o.MaxOutput = DefaultMaxOutput
	}
	if o.Disk <= 0 {
		o.Disk = DefaultDisk
	}
	return o
}

// Grade grades a submission against the source notebook: it merges them
// (see Merge), runs the merged notebook in a child process with the
// limits of opts, and scores each graded cell that ran without error. A
// submission that cannot be graded gives a Result in state Unusable, with
// every test not run. Grade returns an error only when the grader itself
// fails: a source that wraps ErrSource, a worker that cannot start, ctx
// cancelled. Like notebook.Write, Grade may upgrade an older source to
// nbformat 4.5 in place; concurrent calls need their own copies of the
// source, which GradeAll makes.
func Grade(ctx context.Context, source, submission *notebook.Notebook, name string, opts Options) (*Result, error) {
	start := time.Now()
	opts = opts.withDefaults()
	p, err := plan(source, submission)
	if errors.Is(err, ErrUnusable) {
		return unusable(source, name, err)
	}
	if err != nil {
		return nil, err
	}
	r := &Result{Submission: name, State: Graded, Findings: p.findings, Tests: []Test{}}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	run, err := execute(ctx, p.nb, opts)
	if err != nil {
		return nil, err
	}
	r.Limits, r.Isolation = run.limits, run.isolation
	if run.forged > 0 {
		r.Findings = append(r.Findings, Finding{Kind: Forged,
			Message: fmt.Sprintf("%d lines on the grader's results channel were not from the grader and were ignored", run.forged)})
	}
	prev := -1
	for _, i := range p.order {
		m := p.graded[i]
		c := p.nb.Cells[i]
		if m.written(c) {
			r.Tests = append(r.Tests, writtenTest(m, c))
			continue
		}
		t := Test{ID: m.GradeID, Cell: c.ID, Max: m.Points}
		e, ok := run.ends[i]
		switch {
		case ok:
			t.Status, t.Message, t.Output = e.Status, e.Message, e.Output
			t.Time = time.Duration(e.Millis) * time.Millisecond
		case i == run.running:
			t.Status, t.Message = run.stopStatus, run.stopMessage
		default:
			t.Status = NotRun
			t.Message = "not run: " + run.whyStopped(p.nb)
		}
		checkRules(p.nb, i, &t) // what the cell's syntax must show (rules.go)
		p.discount(i, &t)       // after a tampering cell (tamper.go)
		if t.Status == Passed {
			t.Points = t.Max
		} else if why := earlierFailure(p.nb, run, prev, i); why != "" {
			t.Message += " (" + why + ")"
		}
		r.Tests = append(r.Tests, t)
		prev = i
	}
	r.total()
	r.Time = time.Since(start)
	return r, nil
}

// earlierFailure explains a failed check by the student's cell before it
// (after the previous graded cell) that failed: a compile error in the
// solution shows in the check as "undefined: f", which hides the cause.
func earlierFailure(nb *notebook.Notebook, r *run, from, to int) string {
	for j := to - 1; j > from; j-- {
		e, ok := r.ends[j]
		m, _ := MetaOf(nb.Cells[j])
		if !ok || e.Status == Passed || !(m.Solution || nb.Cells[j].Metadata[addedKey] != nil) {
			continue
		}
		return fmt.Sprintf("%s failed first: %s", cellName(nb, j), firstLine(e.Message))
	}
	return ""
}

// unusable is the result of a submission that cannot be graded: every
// test of the source, not run.
func unusable(source *notebook.Notebook, name string, why error) (*Result, error) {
	if err := validate(source); err != nil {
		return nil, err
	}
	r := &Result{Submission: name, State: Unusable, Error: why.Error(), Tests: []Test{}, Findings: []Finding{}, Limits: []string{}, Isolation: []string{}}
	for _, c := range source.Cells {
		m, _ := MetaOf(c)
		switch {
		case m.graded(c):
			r.Tests = append(r.Tests, Test{ID: m.GradeID, Cell: c.ID, Max: m.Points, Status: NotRun, Message: "not run: " + why.Error()})
		case m.written(c):
			r.Tests = append(r.Tests, Test{ID: m.GradeID, Cell: c.ID, Max: m.Points, Status: Manual, Message: "to grade by hand: " + why.Error()})
		}
	}
	r.total()
	return r, nil
}

// GradeFile grades the submission in the named file, as Grade does; a
// file that is not a notebook (or not nbformat 4) gives a Result in state
// Unusable.
func GradeFile(ctx context.Context, source *notebook.Notebook, path string, opts Options) (*Result, error) {
	start := time.Now()
	var sub *notebook.Notebook
	err := checkSubmissionFile(path, opts)
	if err == nil {
		sub, err = notebook.ReadFile(path)
	}
	var r *Result
	if err != nil {
		r, err = unusable(source, path, fmt.Errorf("%w: %v", ErrUnusable, err))
	} else {
		r, err = Grade(ctx, source, sub, path, opts)
	}
	if r != nil {
		r.Time = time.Since(start)
	}
	return r, err
}

// checkSubmissionFile refuses, before reading it, a submission that is
// not a regular file (a link could point at the source notebook or at
// anything else the grader can read), that is the source file itself, or
// that is larger than opts allow.
func checkSubmissionFile(path string, opts Options) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("not a regular file (%s): a submission must be the notebook itself, not a link", fi.Mode().Type())
	}
	if opts.SourcePath != "" {
		if src, err := os.Stat(opts.SourcePath); err == nil && os.SameFile(fi, src) {
			return errors.New("it is the source notebook itself")
		}
	}
	limit := opts.MaxSubmission
	if limit == 0 {
		limit = DefaultMaxSubmission
	}
	if fi.Size() > limit {
		return fmt.Errorf("%d bytes, larger than the %d-byte limit for a submission", fi.Size(), limit)
	}
	return nil
}

// GradeAll grades the named submissions, jobs at a time (at least one),
// and returns their results in the order of paths. A submission the
// grader fails on gives a Result in state Error rather than stopping the
// others.
func GradeAll(ctx context.Context, source *notebook.Notebook, paths []string, jobs int, opts Options) []*Result {
	results := make([]*Result, len(paths))
	// Writing a notebook upgrades it in place, so each goroutine grades
	// with its own copy of the source.
	var file bytes.Buffer
	srcErr := source.Write(&file)
	next := make(chan int)
	var wg sync.WaitGroup
	var doneMu sync.Mutex
	for range max(1, min(jobs, len(paths))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src, err := notebook.Read(bytes.NewReader(file.Bytes()))
			if srcErr != nil {
				err = srcErr
			}
			for i := range next {
				r := aborted(paths[i], err)
				if err == nil {
					if r, err = GradeFile(ctx, src, paths[i], opts); err != nil {
						r, err = aborted(paths[i], err), nil
					}
				}
				results[i] = r
				if opts.Done != nil {
					doneMu.Lock()
					opts.Done(i, r)
					doneMu.Unlock()
				}
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// aborted is the result of a submission the grader failed on.
func aborted(path string, err error) *Result {
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	return &Result{Submission: path, State: Aborted, Error: msg, Tests: []Test{}, Findings: []Finding{}, Limits: []string{}, Isolation: []string{}}
}

// Submissions lists the notebooks under dir, sorted, skipping Jupyter's
// checkpoints and hidden folders, and the file named skip (the source,
// when it lives among the submissions).
func Submissions(dir, skip string) ([]string, error) {
	skipAbs, _ := filepath.Abs(skip)
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != dir && (strings.HasPrefix(d.Name(), ".") || d.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if d.IsDir() || filepath.Ext(path) != ".ipynb" {
			return nil
		}
		if abs, _ := filepath.Abs(path); skip != "" && abs == skipAbs {
			return nil
		}
		out = append(out, path)
		return nil
	})
	return out, err
}

// cellName names a cell of the graded notebook for a student.
func cellName(nb *notebook.Notebook, i int) string {
	c := nb.Cells[i]
	if m, _ := MetaOf(c); m.GradeID != "" {
		return m.GradeID
	}
	return fmt.Sprintf("cell %s", c.ID)
}
