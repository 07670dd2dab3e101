package worker

import (
	"context"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gobackprop/gobackprop/display"
)

// interruptGrace is how long a cell may take to stop after an interrupt
// before its worker is killed: a cell the session can stop ends within
// a second (interp abandons a stuck compiled call); one that has not
// after this is frozen.
const interruptGrace = 5 * time.Second

// Options configure a Remote.
type Options struct {
	// Command is the worker's command line; empty means this executable
	// with the argument "worker", which must call Serve.
	Command []string
	// Env is the worker's environment; nil means this process's.
	Env []string
	// Log receives the front's notes about its workers.
	Log *slog.Logger
	// Deferred leaves the first worker unstarted until Warm or the first
	// request, so that it does not compete for the processors with what
	// the caller does first (the kernel's first reply).
	Deferred bool
}

// Remote runs cells in a worker process and implements the kernel's
// Interpreter over it. When the worker dies it reports the death as the
// running cell's error and starts another; Remote itself never fails for
// good. It is safe for use by several goroutines: requests are served
// one at a time, and an editor request (Complete, Inspect, IsComplete)
// that comes while a cell runs gets an empty answer instead of waiting.
type Remote struct {
	opts   Options
	nextID atomic.Uint64

	mu   sync.Mutex // one request at a time; guards cur
	cur  *proc
	next chan *proc // a worker started ahead of need

	allMu  sync.Mutex
	all    map[*proc]bool // live workers, for Close
	closed bool

	first sync.Once // starts the first worker
}

// Start starts a worker in the background, so that the first cell does
// not wait for it, and returns the Remote that serves through it. With
// opts.Deferred the worker starts at Warm or at the first request instead.
func Start(opts Options) *Remote {
	if len(opts.Command) == 0 {
		exe, err := os.Executable()
		if err != nil {
			exe = os.Args[0]
		}
		opts.Command = []string{exe, "worker"}
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	r := &Remote{opts: opts, next: make(chan *proc, 1), all: map[*proc]bool{}}
	if !opts.Deferred {
		r.Warm()
	}
	return r
}

// Warm starts the first worker in the background if it has not started;
// see kernel.Warmer.
func (r *Remote) Warm() {
	r.first.Do(func() { go r.spawn() })
}

// spawn starts a worker and offers it as the next one.
func (r *Remote) spawn() {
	p := start(r.opts.Command, r.opts.Env, r.opts.Log)
	r.allMu.Lock()
	if r.closed {
		r.allMu.Unlock()
		p.kill("")
		return
	}
	r.all[p] = true
	r.allMu.Unlock()
	r.next <- p
	go r.watch(p)
}

// watch restarts eagerly: a new worker starts as soon as one dies, so the
// next cell finds it warm. A death between cells (a goroutine a cell left
// running crashed) is told to the last cell's output. A worker that died
// before its session was up is not restarted here, or a broken setup
// would loop; the next request starts one and reports what failed.
func (r *Remote) watch(p *proc) {
	<-p.dead
	r.allMu.Lock()
	delete(r.all, p)
	closed := r.closed
	r.allMu.Unlock()
	if closed {
		return
	}
	if !p.busy.Load() && p.err == nil {
		e := p.deathError()
		text := "\n" + e.Ename + ": " + e.Evalue + "\n" + restarted + "\n"
		display.Current().Stream("stderr", text)
	}
	if p.isReady.Load() {
		r.spawn()
	}
}

// acquire returns a live worker, or one that failed to start (the
// request reports why); r.mu must be held.
func (r *Remote) acquire(ctx context.Context) (*proc, error) {
	r.Warm()
	if r.cur != nil && !r.cur.isDead() {
		return r.cur, nil
	}
	if r.cur != nil && !r.cur.isReady.Load() && len(r.next) == 0 {
		go r.spawn() // the last one never came up: try again, once per request
	}
	for {
		select {
		case p := <-r.next:
			r.cur = p
			if p.isDead() && p.isReady.Load() {
				continue // it died between cells; watch started its replacement
			}
			return p, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// Execute runs a cell in the worker; see kernel.Interpreter.
func (r *Remote) Execute(ctx context.Context, code string, f display.Frontend) (display.Bundle, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, err := r.acquire(ctx)
	if err != nil {
		return nil, err
	}
	p.fe.Store(&frontendBox{f})
	defer p.fe.Store(nil)
	p.busy.Store(true)
	defer p.busy.Store(false)
	rep, err := r.call(ctx, p, msgExecute, request{Code: code})
	if err != nil {
		return nil, err
	}
	if rep.Error != nil {
		return nil, rep.Error
	}
	return rep.Result, nil
}

// call sends a request and waits for its reply. When ctx is done it
// interrupts the worker, and kills it if the request still has not ended
// interruptGrace later.
func (r *Remote) call(ctx context.Context, p *proc, typ string, req request) (reply, error) {
	if p.err != nil {
		return reply{}, p.deathError()
	}
	req.ID = r.nextID.Add(1)
	p.req.Send(typ, req) // a failed send shows as the worker's death
	done := ctx.Done()
	var kill <-chan time.Time
	for {
		select {
		case rep := <-p.replies:
			if rep.ID == req.ID {
				return rep, nil
			}
		case <-p.dead:
			return reply{}, p.deathError()
		case <-done:
			done = nil
			p.req.Send(msgInterrupt, request{ID: req.ID})
			t := time.NewTimer(interruptGrace)
			defer t.Stop()
			kill = t.C
		case <-kill:
			kill = nil
			p.kill("the cell did not stop within " + interruptGrace.String() + " of the interrupt, so its process was ended")
		}
	}
}

// editor serves an editor request if no cell runs, else returns false.
func (r *Remote) editor(typ string, req request) (reply, bool) {
	if !r.mu.TryLock() {
		return reply{}, false
	}
	defer r.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), interruptGrace)
	defer cancel()
	p, err := r.acquire(ctx)
	if err != nil {
		return reply{}, false
	}
	rep, err := r.call(ctx, p, typ, req)
	return rep, err == nil
}

// Complete returns completions; see kernel.Interpreter.
func (r *Remote) Complete(code string, cursor int) ([]string, int, int) {
	rep, ok := r.editor(msgComplete, request{Code: code, Cursor: cursor})
	if !ok {
		return nil, cursor, cursor
	}
	return rep.Matches, rep.Start, rep.End
}

// Inspect returns documentation; see kernel.Interpreter.
func (r *Remote) Inspect(code string, cursor, detail int) (display.Bundle, bool) {
	rep, ok := r.editor(msgInspect, request{Code: code, Cursor: cursor, Detail: detail})
	return rep.Data, ok && rep.Found
}

// IsComplete judges whether code is complete; see kernel.Interpreter.
func (r *Remote) IsComplete(code string) (string, string) {
	rep, ok := r.editor(msgIsComplete, request{Code: code})
	if !ok {
		return "unknown", ""
	}
	return rep.Status, rep.Indent
}

// Close kills every worker; the Remote must not be used after.
func (r *Remote) Close() {
	r.allMu.Lock()
	r.closed = true
	procs := make([]*proc, 0, len(r.all))
	for p := range r.all {
		procs = append(procs, p)
	}
	r.allMu.Unlock()
	for _, p := range procs {
		p.kill("")
	}
	for _, p := range procs {
		select {
		case <-p.dead:
		case <-time.After(drainLimit + time.Second):
		}
	}
}
