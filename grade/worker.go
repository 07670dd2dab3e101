package grade

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/ipc"
	"github.com/gobackprop/gobackprop/memlimit"
	"github.com/gobackprop/gobackprop/notebook"
	"github.com/gobackprop/gobackprop/runner"
)

// WorkerEnv is set in the environment of every worker process. A program
// that embeds the grader (a test binary, say) can check it first thing in
// main and call Work; the gobackprop binary runs Work from a hidden
// command instead.
const WorkerEnv = "GOBACKPROP_GRADE_WORKER"

// superviseEnv, set by the grader in a worker's environment, makes Work
// supervise the worker rather than be it (supervise_linux.go).
const superviseEnv = "GOBACKPROP_GRADE_SUPERVISE"

// Work is the worker process: it reads a job and a merged notebook from
// standard input, runs every code cell in a restricted session whose
// sandbox is the working directory, and reports each cell on standard
// output as it ends. Before the first cell it moves the results channel
// off descriptor 1 (which cells can write to) and applies the limits and
// layers of isolation of the package documentation. It returns the process exit status: 0 when
// every cell ran, whatever their errors. Work is meant to run only as a
// child of Grade; it must be the first thing the process does.
func Work() int {
	if code, ok := supervisedWork(); ok {
		return code
	}
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker:", err)
		return 1
	}
	head, body, _ := bytes.Cut(in, []byte("\n"))
	var j job
	if err := json.Unmarshal(head, &j); err != nil || j.Key == "" {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker: no job on standard input: this command is run by gobackprop grade")
		return 2
	}
	nb, err := notebook.Read(bytes.NewReader(body))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker:", err)
		return 1
	}
	results, err := isolate()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop grade worker:", err)
		return 1
	}
	out := events{ipc.NewWriter(results, []byte(j.Key))}
	return work(nb, j, out)
}

func work(nb *notebook.Notebook, j job, out events) int {
	dir, err := os.Getwd()
	if err != nil {
		out.send(event{Type: evFatal, Message: err.Error()})
		return 1
	}
	var layers []string
	if os.Getpid() == 1 {
		// The first process of a PID namespace: startWorker made all of
		// its namespaces at once.
		layers = append(layers, LayerUserNS, LayerPIDNS, LayerNetNS, LayerIPCNS)
		if d, err := enterRoot(j.Disk, j.ReadOnly); err == nil {
			dir = d
			layers = append(layers, LayerMountNS)
		} else {
			fmt.Fprintln(os.Stderr, "gobackprop grade worker: a root of its own:", err)
		}
	}
	session, err := interp.New(interp.Options{Restricted: true, Sandbox: dir})
	if err != nil {
		out.send(event{Type: evFatal, Message: err.Error()})
		return 1
	}
	limits := []string{"sandbox"}
	if j.CellTimeout > 0 {
		limits = append(limits, "cell-timeout")
	}
	if j.Memory > 0 {
		limits = append(limits, limitMemory(j.Memory, out)...)
	}
	if j.MaxOutput > 0 {
		limits = append(limits, "max-output")
	}
	layers = append(layers, lockdown(dir, j.ReadOnly, j.Off)...)
	layers = sortLayers(layers)
	if j.RequireIsolation {
		if err := RequireAll(layers); err != nil {
			out.send(event{Type: evFatal, Message: err.Error()})
			return 1
		}
	}
	out.send(event{Type: evReady, Limits: limits, Isolation: layers})

	for i, c := range nb.Cells {
		if c.Type != notebook.CodeCell || strings.TrimSpace(c.Source) == "" {
			continue
		}
		out.send(event{Type: evStart, Cell: i})
		e := runCell(session, c.Source, j)
		e.Type, e.Cell = evEnd, i
		out.send(e)
	}
	out.send(event{Type: evDone})
	return 0
}

// hole is nil but in a test build of the grader (hole_gradehole.go).
var hole func(src string)

// runCell runs one cell with the job's time and output limits.
func runCell(s *interp.Session, src string, j job) event {
	if hole != nil {
		hole(src)
	}
	f := &capped{limit: j.MaxOutput, keep: keepOutput}
	start := time.Now()
	_, err := runner.Execute(context.Background(), s, src, f, j.CellTimeout)
	e := event{Status: Passed, Millis: time.Since(start).Milliseconds()}
	var timeout *runner.TimeoutError
	switch {
	case errors.As(err, &timeout):
		e.Status = Timeout
		e.Message = timeout.Error() + ": is there a loop that never ends?"
	case err != nil:
		ename, evalue, _ := display.DescribeError(err)
		e.Status, e.Message = Failed, ename+": "+evalue
	case f.panicked() != "":
		// The cell ended, but code it started did not run without error.
		e.Status, e.Message = Failed, f.panicked()
	}
	e.Message = clip(e.Message, maxMessage)
	e.Output = f.text()
	return e
}

const (
	keepOutput = 4 << 10 // output kept per cell for the report
	maxMessage = 2 << 10 // longest message kept
)

// outputLimit is the panic that stops a cell that prints too much.
// Panicking in the writer stops the printing loop at once, where
// truncating quietly would let it run until its time limit. It is a
// string so that the cell's error reads as a plain panic message.
func outputLimit(limit int) string {
	return fmt.Sprintf("output limit exceeded: the cell printed more than %s; print a summary instead of every step", size(int64(limit)))
}

// capped is the frontend of a graded cell: it keeps the beginning of
// what the cell prints, counts the rest, and stops the cell past the
// limit. Rich outputs (plots, live updates) are dropped unseen: they do
// not count, so a training loop that redraws its loss curve is not
// "huge output".
type capped struct {
	mu     sync.Mutex
	limit  int
	keep   int
	n      int
	buf    strings.Builder
	gpanic string
}

func (f *capped) Stream(name, text string) {
	f.mu.Lock()
	f.n += len(text)
	if room := f.keep - f.buf.Len(); room > 0 {
		f.buf.WriteString(text[:min(room, len(text))])
	}
	over := f.limit > 0 && f.n > f.limit
	f.mu.Unlock()
	if over {
		panic(outputLimit(f.limit))
	}
}

// GoroutinePanicked records the panic of a goroutine the cell started
// (display.PanicReporter): the session survives, but the cell did not run
// without error. It never panics: it is called from the goroutine's
// recover, where a second panic would end the process.
func (f *capped) GoroutinePanicked(msg string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.gpanic == "" {
		f.gpanic = "panic in a goroutine started by the cell: " + msg
	}
}

func (f *capped) Display(display.Output) {}
func (f *capped) ClearOutput(bool)       {}
func (f *capped) Input(string, bool) (string, error) {
	return "", display.ErrNoInput
}

func (f *capped) panicked() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.gpanic
}

func (f *capped) text() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.buf.String()
	if f.n > len(s) {
		s += fmt.Sprintf("\n... (%s more)", size(int64(f.n-len(s))))
	}
	return s
}

// limitMemory bounds the worker's memory (package memlimit); past the
// limit the worker says so and exits.
func limitMemory(limit int64, out events) []string {
	return memlimit.Apply(limit, func(string) {
		out.send(event{Type: evFatal, Message: fmt.Sprintf("memory limit exceeded: the notebook used more than %s", size(limit))})
		os.Exit(3)
	})
}

// clip shortens s to at most n bytes, on a line boundary when it can.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	if i := strings.LastIndexByte(s, '\n'); i > n/2 {
		s = s[:i]
	}
	return s + " ..."
}

// size formats a byte count the way people write limits.
func size(n int64) string { return memlimit.Format(n) }

// ParseSize reads a byte count such as "512MiB", "2GiB", "2G", "1500000"
// (binary units: K, M, G are powers of 1024). It returns an error for
// anything else, or a negative count.
func ParseSize(s string) (int64, error) {
	n, err := memlimit.Parse(s)
	if err != nil {
		return 0, fmt.Errorf("grade: %w", err)
	}
	return n, nil
}
