package worker

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/gobackprop/gobackprop/display"
)

// The worker is this test binary run again with workerEnv set: it then
// serves as "gobackprop worker" does.
const workerEnv = "GOBACKPROP_TEST_WORKER"

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) == "1" {
		os.Exit(Serve())
	}
	os.Exit(m.Run())
}

func startRemote(t *testing.T) *Remote { return startRemoteOpts(t, Options{}) }

func startRemoteOpts(t *testing.T, opts Options) *Remote {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	opts.Command, opts.Env = []string{exe}, append(os.Environ(), workerEnv+"=1")
	r := Start(opts)
	t.Cleanup(r.Close)
	return r
}

// recorder is a frontend that keeps what it gets.
type recorder struct {
	mu      sync.Mutex
	streams []string // "name:text"
	input   string
}

func (f *recorder) Stream(name, text string) {
	f.mu.Lock()
	f.streams = append(f.streams, name+":"+text)
	f.mu.Unlock()
}
func (f *recorder) Display(display.Output) {}
func (f *recorder) ClearOutput(bool)       {}
func (f *recorder) Input(prompt string, _ bool) (string, error) {
	if f.input == "" {
		return "", display.ErrNoInput
	}
	return f.input, nil
}

func (f *recorder) text() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.streams, "")
}

func TestExecute(t *testing.T) {
	r := startRemote(t)
	f := &recorder{input: "typed"}
	res, err := r.Execute(context.Background(), "x := 20\nfmt.Println(\"hi\")\nx+1", f)
	if err != nil || res[display.MIMEText] != "21" {
		t.Fatalf("got %v, %v; want 21", res, err)
	}
	if got := f.text(); got != "stdout:hi\n" {
		t.Errorf("got output %q, want stdout:hi", got)
	}
	res, err = r.Execute(context.Background(), "var s string\nfmt.Scanln(&s)\ns", f)
	if err != nil || res[display.MIMEText] != `"typed"` {
		t.Errorf("got %v, %v; want the typed input", res, err)
	}
	if m, _, _ := r.Complete("fmt.Prin", 8); len(m) == 0 {
		t.Errorf("got no completions for fmt.Prin")
	}
	if st, _ := r.IsComplete("func f() {"); st != "incomplete" {
		t.Errorf("got %q for an open brace, want incomplete", st)
	}
}

// TestDeferred checks that a Remote whose worker starts late serves all
// the same: its first request starts the worker (the kernel's client may
// send a cell before the kernel calls Warm), and Warm, called before,
// at the same time or after, starts one worker only.
func TestDeferred(t *testing.T) {
	for _, warm := range []string{"none", "before", "during"} {
		t.Run(warm, func(t *testing.T) {
			r := startRemoteOpts(t, Options{Deferred: true})
			if warm == "before" {
				r.Warm()
			}
			if warm == "during" {
				go r.Warm()
			}
			for i := 1; i <= 2; i++ {
				res, err := r.Execute(context.Background(), "x := 20\nx+1", &recorder{})
				if err != nil || res[display.MIMEText] != "21" {
					t.Fatalf("cell %d: got %v, %v; want 21", i, res, err)
				}
				r.Warm()
			}
			r.allMu.Lock()
			n := len(r.all)
			r.allMu.Unlock()
			if n != 1 {
				t.Errorf("got %d live workers, want 1", n)
			}
		})
	}
}

// cancelledPrompt is a frontend whose prompt the user never answers: the
// cell was interrupted while it waited, as the kernel's Input reports it.
type cancelledPrompt struct{ recorder }

func (*cancelledPrompt) Input(string, bool) (string, error) { return "", display.ErrInputCancelled }

// TestInterruptedPrompt checks that a cell whose prompt was given up for
// an interrupt ends as interrupted, whether or not the interrupt frame
// reaches the worker before the cell's last statement: here it never
// comes, since the context is not cancelled (in the kernel it follows the
// input reply, and once lost that race: issue 16, item 7's test).
func TestInterruptedPrompt(t *testing.T) {
	r := startRemote(t)
	_, err := r.Execute(context.Background(), "var a string\nfmt.Scanln(&a)", &cancelledPrompt{})
	var ce *cellError
	if !errors.As(err, &ce) || ce.Name() != "Interrupted" {
		t.Fatalf("got %v, want the cell to end as Interrupted", err)
	}
	res, err := r.Execute(context.Background(), "1+1", &recorder{})
	if err != nil || res[display.MIMEText] != "2" {
		t.Errorf("got %v, %v after the interrupted prompt, want 2", res, err)
	}
}

func TestInterrupt(t *testing.T) {
	r := startRemote(t)
	if _, err := r.Execute(context.Background(), "keep := 5", &recorder{}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	f := &recorder{}
	done := make(chan error)
	go func() {
		_, err := r.Execute(ctx, "fmt.Println(\"go\")\nfor {\n}", f)
		done <- err
	}()
	for !strings.Contains(f.text(), "go") {
	}
	cancel()
	if err := <-done; err == nil {
		t.Fatal("got no error from an interrupted loop")
	}
	res, err := r.Execute(context.Background(), "keep", &recorder{})
	if err != nil || res[display.MIMEText] != "5" {
		t.Errorf("got %v, %v after the interrupt, want keep = 5", res, err)
	}
}

func TestDeath(t *testing.T) {
	r := startRemote(t)
	r.Execute(context.Background(), "keep := 5", &recorder{})
	_, err := r.Execute(context.Background(), "m := map[string]any{}\nm[\"m\"] = m\nfmt.Println(m)", &recorder{})
	ename, evalue, tb := display.DescribeError(err)
	all := evalue + strings.Join(tb, "\n")
	if ename != deathEname || !strings.Contains(all, "stack overflow") || !strings.Contains(all, "restarted") {
		t.Fatalf("got %s: %s\n%s\nwant WorkerDied with Go's stack overflow", ename, evalue, strings.Join(tb, "\n"))
	}
	res, err := r.Execute(context.Background(), "1+1", &recorder{})
	if err != nil || res[display.MIMEText] != "2" {
		t.Errorf("got %v, %v after the death, want 2", res, err)
	}
	if _, err := r.Execute(context.Background(), "keep", &recorder{}); err == nil {
		t.Errorf("got keep after the restart, want it gone")
	}
}

// BenchmarkExecuteTrivial measures a `1+1` cell through the worker: the
// session's own time (interp's BenchmarkTrivialCell) plus the two pipes.
func BenchmarkExecuteTrivial(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	r := Start(Options{Command: []string{exe}, Env: append(os.Environ(), workerEnv+"=1")})
	defer r.Close()
	f := &recorder{}
	r.Execute(context.Background(), "1+1", f)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Execute(context.Background(), "1+1", f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIsComplete is a request that costs the session next to
// nothing: what the pipes and the two processes' wake-ups cost.
func BenchmarkIsComplete(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	r := Start(Options{Command: []string{exe}, Env: append(os.Environ(), workerEnv+"=1")})
	defer r.Close()
	r.IsComplete("1")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.IsComplete("1")
	}
}

// A worker that cannot start, or dies before its session is up, fails
// each request with the reason, and never hangs or loops.
func TestBrokenWorker(t *testing.T) {
	for _, argv := range [][]string{{"/nonexistent/gobackprop"}, {"/bin/sh", "-c", "echo 'fatal error: broken setup' >&2; exit 3"}} {
		r := Start(Options{Command: argv})
		for i := 0; i < 2; i++ {
			_, err := r.Execute(context.Background(), "1+1", &recorder{})
			ename, evalue, _ := display.DescribeError(err)
			if ename != deathEname || evalue == "" {
				t.Errorf("%v, request %d: got %v, want a WorkerDied error", argv, i, err)
			}
		}
		if m, _, _ := r.Complete("fmt.Pr", 6); m != nil {
			t.Errorf("got completions %v from a broken worker", m)
		}
		r.Close()
	}
}

// A crash report far larger than a pipe holds (a stack overflow prints
// every goroutine: here 3,000 of them) is read to its end while the
// worker dies, and the cell gets its head: the old single process froze
// in write(2) on its own full pipe.
func TestHugeCrashReport(t *testing.T) {
	r := startRemote(t)
	f := &recorder{}
	_, err := r.Execute(context.Background(), "block := make(chan int)\nfor i := 0; i < 3000; i++ {\n\tgo func() { <-block }()\n}\ns := []any{nil}\ns[0] = s\nfmt.Println(s)", f)
	_, evalue, tb := display.DescribeError(err)
	if evalue != "fatal error: stack overflow" || !strings.Contains(strings.Join(tb, "\n"), "more lines") {
		t.Fatalf("got %q with %d traceback lines, want Go's stack overflow and the head of its report", evalue, len(tb))
	}
	// (Under -race the worker's race detector may report yaegi's own
	// races on stderr: those do go to the cell.)
	if out := f.text(); strings.Contains(out, "[chan receive]") || strings.Contains(out, "fatal error") {
		t.Errorf("got the crash report in the cell's output, want it only in the error:\n%.2000s", f.text())
	}
}
