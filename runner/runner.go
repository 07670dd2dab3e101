package runner

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/notebook"
)

// Executor runs one cell; interp.Session is one.
type Executor interface {
	Execute(ctx context.Context, code string, f display.Frontend) (display.Bundle, error)
}

// Options control a run.
type Options struct {
	// Timeout bounds each cell; zero means no limit.
	Timeout time.Duration
	// AllowErrors runs on after a failing cell, as nbconvert's
	// --allow-errors does; the error is stored in the cell either way.
	AllowErrors bool
	// Progress, if set, is called before each code cell runs.
	Progress func(index, total int, cell *notebook.Cell)
}

// CellError reports the first cell that failed.
type CellError struct {
	Notebook  string // file name, if known
	Cell      int    // 1-based index among all cells
	Ename     string
	Evalue    string
	Traceback []string
}

func (e *CellError) Error() string {
	where := fmt.Sprintf("cell %d", e.Cell)
	if e.Notebook != "" {
		where = e.Notebook + ": " + where
	}
	return fmt.Sprintf("%s: %s: %s\n%s", where, e.Ename, e.Evalue, strings.Join(e.Traceback, "\n"))
}

// TimeoutError is the error of a cell stopped at its time limit.
type TimeoutError struct {
	Limit time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("the cell ran longer than its time limit of %v and was stopped", e.Limit)
}

// Execute runs one cell with ex, stopped after limit (zero means no
// limit). A cell stopped at its limit, rather than by ctx, returns a
// *TimeoutError. gobackprop run and the grader's worker both run cells
// through it, so a time limit means the same in both.
func Execute(ctx context.Context, ex Executor, code string, f display.Frontend, limit time.Duration) (display.Bundle, error) {
	if limit <= 0 {
		return ex.Execute(ctx, code, f)
	}
	cellCtx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	result, err := ex.Execute(cellCtx, code, f)
	if err != nil && cellCtx.Err() == context.DeadlineExceeded && ctx.Err() == nil {
		return result, &TimeoutError{Limit: limit}
	}
	return result, err
}

// Run executes the code cells of nb in order, replacing their outputs and
// execution counts. It returns the first failing cell as a *CellError
// (after storing its error output), unless opts.AllowErrors.
func Run(ctx context.Context, nb *notebook.Notebook, name string, ex Executor, opts Options) error {
	count := 0
	var total int
	for _, c := range nb.Cells {
		if c.Type == "code" {
			total++
		}
	}
	var first error
	done := 0
	for i, c := range nb.Cells {
		if c.Type != "code" {
			continue
		}
		done++
		if opts.Progress != nil {
			opts.Progress(done, total, c)
		}
		c.Outputs = nil
		c.ExecutionCount = nil
		if strings.TrimSpace(c.Source) == "" {
			continue
		}
		count++
		n := count
		c.ExecutionCount = &n
		rec := notebook.NewRecorder(nb, c)
		result, err := Execute(ctx, ex, c.Source, rec, opts.Timeout)
		if err != nil {
			ename, evalue, tb := display.DescribeError(err)
			if te := (*TimeoutError)(nil); errors.As(err, &te) {
				ename, evalue = "Timeout", te.Error()
				tb = []string{ename + ": " + evalue}
			}
			rec.Error(ename, evalue, tb)
			if first == nil {
				first = &CellError{Notebook: name, Cell: i + 1, Ename: ename, Evalue: evalue, Traceback: tb}
			}
			if !opts.AllowErrors {
				return first
			}
			continue
		}
		if len(result) > 0 {
			rec.Result(result, nil, n)
		}
	}
	if opts.AllowErrors {
		return nil
	}
	return first
}
