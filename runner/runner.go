package runner

import (
	"context"
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
		cellCtx, cancel := ctx, context.CancelFunc(func() {})
		if opts.Timeout > 0 {
			cellCtx, cancel = context.WithTimeout(ctx, opts.Timeout)
		}
		result, err := ex.Execute(cellCtx, c.Source, rec)
		cancel()
		if err != nil {
			ename, evalue, tb := display.DescribeError(err)
			if cellCtx.Err() == context.DeadlineExceeded && ctx.Err() == nil {
				ename, evalue = "Timeout", fmt.Sprintf("the cell ran longer than its time limit of %v and was stopped", opts.Timeout)
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
