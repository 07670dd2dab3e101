package grade

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gobackprop/gobackprop/autodiff"
	"github.com/gobackprop/gobackprop/ipc"
	"github.com/gobackprop/gobackprop/notebook"
)

// This file is the grader's side of the worker process: starting it,
// reading its events, enforcing the time limits from outside, and making
// sense of its death.

// run is what the grader learned from one worker process.
type run struct {
	mu     sync.Mutex
	ends   map[int]event // cell index -> its end event
	limits []string      // nil until the worker is ready
	// isolation are the layers the worker ran in: the namespaces it was
	// started in and what it applied to itself.
	isolation []string
	running   int    // the cell that has started and not ended, or -1
	forged    int    // lines not signed by the worker
	fatal     string // the worker's last message before it exits on a limit
	done      bool

	// For the cell running when the worker stopped early, and the cells
	// after it.
	stopStatus  Status
	stopMessage string
}

func (r *run) whyStopped(nb *notebook.Notebook) string {
	if r.running < 0 {
		return "the notebook stopped before this cell: " + r.stopMessage
	}
	return fmt.Sprintf("the notebook stopped in an earlier cell (%s): %s", cellName(nb, r.running), r.stopMessage)
}

// read records the worker's events until its results channel closes,
// signalling progress after each frame. Lines that are not the worker's
// frames are counted as forged.
func (r *run) read(results io.Reader, key []byte, progress chan<- struct{}) {
	fr := ipc.NewReader(results, key, 4<<20)
	for {
		f, err := fr.Next()
		r.mu.Lock()
		r.forged = fr.Rejected()
		if err == nil {
			var e event
			if f.Decode(&e) == nil {
				e.Type = f.Type
				r.handle(e)
			}
		}
		r.mu.Unlock()
		if err != nil && err != ipc.ErrTooLong {
			break
		}
		select {
		case progress <- struct{}{}:
		default:
		}
	}
	io.Copy(io.Discard, results) // after a read error: drain to the end
}

func (r *run) handle(e event) {
	switch e.Type {
	case evReady:
		r.limits = append([]string{}, e.Limits...)
		r.isolation = append(r.isolation, e.Isolation...)
	case evStart:
		r.running = e.Cell
	case evEnd:
		r.ends[e.Cell] = e
		r.running = -1
	case evFatal:
		r.fatal = e.Message
	case evDone:
		r.done = true
	}
}

// execute runs nb in a worker process and collects its events, enforcing
// the time limits from outside: a worker that does not report a cell
// within its limit plus grace, or the notebook within the total limit, is
// killed. It returns an error if the worker cannot start or fails before
// running a cell (the grader's problem, not the student's), or if ctx is
// done.
func execute(ctx context.Context, nb *notebook.Notebook, opts Options) (*run, error) {
	var body bytes.Buffer
	if err := nb.Write(&body); err != nil {
		return nil, err
	}
	off, err := switchedOff()
	if err != nil {
		return nil, err
	}
	secret := make([]byte, 32)
	rand.Read(secret)
	key := []byte(hex.EncodeToString(secret)) // the worker keys its HMAC with the hex string
	head, _ := json.Marshal(job{Key: string(key), CellTimeout: opts.CellTimeout, Memory: opts.Memory, MaxOutput: opts.MaxOutput,
		Disk: opts.Disk, ReadOnly: dataDirs(), RequireIsolation: opts.RequireIsolation, Off: off})

	dir, err := os.MkdirTemp("", "gobackprop-grade-")
	if err != nil {
		return nil, fmt.Errorf("grade: sandbox: %w", err)
	}
	defer removeSandbox(dir)
	argv := opts.Worker
	if len(argv) == 0 {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("grade: worker: %w", err)
		}
		argv = []string{exe, "grade-worker"}
	}
	// stop stops the worker (stopWorker: its process group killed, or
	// its supervisor asked to kill everything it left); the exec
	// package calls it when the context is cancelled. WaitDelay bounds
	// how long Wait then waits for the worker and its pipes: a
	// descendant that left the group (setsid) and holds them open
	// cannot keep the grader waiting.
	stopCtx, stop := context.WithCancel(context.Background())
	defer stop()
	var log stderrLog
	results, resultsW := io.Pipe()
	cmd, err := startWorker(func() *exec.Cmd {
		cmd := exec.CommandContext(stopCtx, argv[0], argv[1:]...)
		cmd.Cancel = func() error { stopWorker(cmd); return nil }
		cmd.WaitDelay = waitDelay
		cmd.Dir = dir
		cmd.Env = workerEnv(dir)
		cmd.Stdin = io.MultiReader(bytes.NewReader(head), strings.NewReader("\n"), bytes.NewReader(body.Bytes()))
		cmd.Stderr = &log
		// The results go through the exec package's copying goroutine
		// (not StdoutPipe), so that WaitDelay can close them.
		cmd.Stdout = resultsW
		return cmd
	}, !slices.Contains(off, LayerUserNS))
	if err != nil {
		return nil, fmt.Errorf("grade: start worker %s: %w", argv[0], err)
	}
	waited := make(chan error, 1)
	go func() {
		err := cmd.Wait()
		resultsW.Close()
		waited <- err
	}()

	r := &run{ends: map[int]event{}, running: -1}
	progress := make(chan struct{}, 1)
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		r.read(results, key, progress)
	}()
	killed, err := r.watch(ctx, stop, readDone, progress, opts)

	stop()
	werr := <-waited
	kill(cmd) // what is left of the group once the worker is gone
	if err != nil {
		return nil, err
	}

	r.mu.Lock()
	defer r.mu.Unlock()
	if r.limits == nil && killed == "" {
		if strings.HasPrefix(r.fatal, ErrIsolation.Error()) {
			return nil, fmt.Errorf("%w%s", ErrIsolation, strings.TrimPrefix(r.fatal, ErrIsolation.Error()))
		}
		why := strings.TrimSpace(r.fatal + "\n" + log.String())
		if why == "" && werr != nil {
			why = werr.Error()
		}
		return nil, fmt.Errorf("grade: the worker failed before running any cell: %s", why)
	}
	if r.limits == nil {
		r.limits = []string{}
	}
	r.limits = append(r.limits, "total-timeout")
	if r.done {
		return r, nil
	}
	// The worker stopped early: say why, for the cell it was in.
	r.stopStatus = Crashed
	switch {
	case killed != "":
		r.stopStatus, r.stopMessage = Timeout, killed
	case r.fatal != "":
		r.stopMessage = r.fatal
	case log.fatal() != "":
		r.stopMessage = "the notebook's process died: " + describeFatal(log.fatal(), opts.Memory)
	case werr != nil:
		r.stopMessage = "the notebook's process died: " + werr.Error()
	default:
		r.stopMessage = "the notebook's process ended before every cell ran"
	}
	return r, nil
}

// watch waits for the worker's results channel to close, killing the
// worker (by calling kill) when a cell or the whole notebook overruns its time. It returns
// why it killed the worker, if it did, and ctx's error if ctx was done.
func (r *run) watch(ctx context.Context, kill func(), readDone <-chan struct{}, progress <-chan struct{}, opts Options) (killed string, err error) {
	total := time.NewTimer(opts.TotalTimeout)
	defer total.Stop()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	cell, since := -1, time.Now()
	for {
		select {
		case <-readDone:
			return killed, nil
		case <-ctx.Done():
			kill()
			<-readDone
			return killed, ctx.Err()
		case <-total.C:
			killed = fmt.Sprintf("the notebook ran longer than its total time limit of %v and was stopped", opts.TotalTimeout)
			kill()
		case <-progress:
		case <-tick.C:
		}
		r.mu.Lock()
		if r.running != cell {
			cell, since = r.running, time.Now()
		}
		r.mu.Unlock()
		if killed == "" && cell >= 0 && time.Since(since) > opts.CellTimeout+grace {
			killed = fmt.Sprintf("the cell ran longer than its time limit of %v and did not stop; the notebook was stopped", opts.CellTimeout)
			kill()
		}
	}
}

// describeFatal turns the Go runtime's last words into a reason a
// student can act on.
func describeFatal(line string, memory int64) string {
	switch {
	case strings.Contains(line, "out of memory"):
		return fmt.Sprintf("%s (the memory limit is %s)", line, size(memory))
	case strings.Contains(line, "stack overflow"), strings.Contains(line, "stack exceeds"):
		return line + " (a recursion without a base case?)"
	case strings.Contains(line, "new OS thread"), strings.Contains(line, "pthread_create"):
		return fmt.Sprintf("%s (the limit is %d threads: goroutines that hold threads, LockOSThread or blocking calls?)", line, maxProcs)
	case strings.Contains(line, "concurrent map"):
		return line + " (goroutines used a map without a sync.Mutex)"
	}
	return line
}

// workerEnv is the worker's environment: only what the Go runtime and the
// datasets package need to find data. Cells cannot read the environment,
// but compiled code can, and a CI job's environment may hold tokens.
func workerEnv(dir string) []string {
	// OpenBLAS (in a binary built with it) starts its threads when the
	// worker loads it, before RLIMIT_NPROC and seccomp are in place: one
	// thread, the caller's, starts none, and the limit is left to the
	// cells' goroutines.
	env := []string{WorkerEnv + "=1", "TMPDIR=" + dir, "GOTRACEBACK=none", autodiff.BLASThreadsEnv + "=1"}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "PATH", k == "HOME", k == "GOPATH", k == "GOROOT", k == "GOMAXPROCS", k == "GODEBUG",
			k == "LANG", k == "LC_ALL", k == "SYSTEMROOT", k == "USERPROFILE",
			strings.HasPrefix(k, "GOBACKPROP_") && k != WorkerEnv && k != superviseEnv:
			env = append(env, kv)
		}
	}
	if mc := modCache(); mc != "" {
		env = append(env, "GOMODCACHE="+mc)
	}
	return env
}

// modCache is the Go module cache, where the datasets package finds
// MNIST. The worker cannot ask the go command (it may not run programs),
// so the grader asks, once.
var modCache = sync.OnceValue(func() string {
	if mc := os.Getenv("GOMODCACHE"); mc != "" {
		return mc
	}
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

// removeSandbox deletes a sandbox, even one where a cell took away its own
// permissions.
func removeSandbox(dir string) {
	if os.RemoveAll(dir) == nil {
		return
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if d != nil && d.IsDir() {
			os.Chmod(path, 0o700)
		}
		return nil
	})
	os.RemoveAll(dir)
}

// stderrLog is the worker's standard error as the grader keeps it: the
// first 16 KiB, and the last line in which the Go runtime gave up.
type stderrLog struct {
	mu       sync.Mutex
	head     bytes.Buffer
	partial  []byte
	lastFail string
}

func (l *stderrLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if room := 16<<10 - l.head.Len(); room > 0 {
		l.head.Write(b[:min(room, len(b))])
	}
	l.partial = append(l.partial, b...)
	for {
		i := bytes.IndexByte(l.partial, '\n')
		if i < 0 {
			break
		}
		line := strings.TrimSpace(string(l.partial[:i]))
		l.partial = l.partial[i+1:]
		for _, p := range []string{"fatal error:", "runtime: out of memory", "runtime: goroutine stack exceeds", "panic:",
			"runtime: failed to create new OS thread", "runtime/cgo: pthread_create failed"} {
			if strings.HasPrefix(line, p) {
				l.lastFail = clip(line, maxMessage)
			}
		}
	}
	if len(l.partial) > 4<<10 {
		l.partial = l.partial[len(l.partial)-4<<10:]
	}
	return len(b), nil
}

func (l *stderrLog) fatal() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lastFail
}

func (l *stderrLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.head.String()
}
