package worker

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/gobackprop/gobackprop/capture"
	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp"
	"github.com/gobackprop/gobackprop/ipc"
	"github.com/gobackprop/gobackprop/memlimit"
)

// errNoPipes is what Serve says when run other than by the kernel.
var errNoPipes = errors.New("this command is run by gobackprop kernel, which gives it its pipes")

// EnvMemoryLimit names the environment variable that bounds a worker's
// memory, in the units memlimit.Parse reads ("4GiB"); empty or "0" means
// no limit. The kernelspec sets it.
const EnvMemoryLimit = "GOBACKPROP_MEMORY_LIMIT"

// runtimeStderr keeps the os.File of descriptor 2 reachable once
// os.Stderr is another file: its finalizer would close the descriptor,
// and the runtime's crash report would go nowhere.
var runtimeStderr *os.File

// chunk bounds the text of one stream frame: a 50 MB line crosses the
// pipe in pieces, each one a frame the front can hold.
const chunk = 1 << 20

// Serve is the worker process: it runs a Go session and serves the
// front's requests on its descriptors until the front goes away. It
// returns the process's exit status. It must be the first thing the
// process does, and runs only as a child of Remote.
func Serve() int {
	requestsPipe, eventsPipe, err := childPipes()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop worker:", err)
		return 2
	}
	WatchParent(func() { os.Exit(1) })
	// A runaway recursion the depth guard cannot see (through compiled
	// code: a String method that prints its receiver) ends in Go's fatal
	// stack overflow; at a quarter of Go's 1 GB default it comes sooner
	// and takes less memory, far above what 3,000 guarded calls use.
	debug.SetMaxStack(256 << 20)
	w := &child{out: ipc.NewWriter(eventsPipe, nil), inputs: map[uint64]chan inputReply{}}

	// Descriptor 1 and os.Stderr are captured here, as the kernel did when
	// it ran the session itself: what a cell prints, through fmt or the
	// descriptor, travels as frames in the order it was written (see
	// package capture). Descriptor 2 stays the runtime's: os.Stderr gets
	// a pipe of its own, so that 2 carries only what the Go runtime
	// writes there, which the front reads even while this process dies.
	capt, stderr, err := capture.StartOutput(func(name, text string) { display.Current().Stream(name, text) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobackprop worker:", err)
		return 1
	}
	noInherit(stderr)
	runtimeStderr = os.Stderr
	os.Stderr = stderr
	log.SetOutput(os.Stderr)
	if s := os.Getenv(EnvMemoryLimit); s != "" && s != "0" {
		limit, err := memlimit.Parse(s)
		if err != nil {
			fmt.Fprintf(runtimeStderr, "gobackprop worker: %s: %v\n", EnvMemoryLimit, err)
			return 1
		}
		memlimit.Apply(limit, func(msg string) {
			fmt.Fprintf(runtimeStderr, "fatal error: %s (%s=%s)\n", msg, EnvMemoryLimit, s)
			os.Exit(3)
		})
	}
	profileOnSignal()
	session, err := interp.New(interp.Options{Stdout: capt.Writer("stdout"), Stderr: capt.Writer("stderr"), Sync: capt.Sync})
	if err != nil {
		fmt.Fprintf(runtimeStderr, "gobackprop worker: cannot start the Go session: %v\n", err)
		return 1
	}
	display.Use(background{w})
	// The front interrupts with a frame; SIGINT (kill -INT, or a kernel
	// manager that signals the process group) does the same instead of
	// ending the process.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	go func() {
		for range sigs {
			if c := w.cancel.Load(); c != nil {
				(*c)()
			}
		}
	}()
	w.out.Send(msgReady, struct{}{})

	w.session, w.done = session, make(chan struct{})
	go w.read(ipc.NewReader(requestsPipe, nil, 0))
	<-w.done
	return 0
}

// child is the worker's side of the pipes.
type child struct {
	session     *interp.Session
	done        chan struct{} // closed when the front has gone
	serving     sync.Mutex    // one request at a time
	out         *ipc.Writer
	cancel      atomic.Pointer[context.CancelFunc] // the running cell's
	running     atomic.Uint64                      // id of the running execute request
	interrupted atomic.Uint64                      // highest request id interrupted

	mu        sync.Mutex
	inputs    map[uint64]chan inputReply // open input requests by id
	nextInput uint64
}

// read routes the front's frames: interrupts and input replies at once
// (a cell is running), and a request it serves itself, once another
// goroutine reads on: the request runs at once on the goroutine that
// read it, without waking another (each hand-off between goroutines
// costs the round trip of a cell microseconds, more on a busy machine).
// The front closing its end ends the worker.
func (w *child) read(r *ipc.Reader) {
	for {
		f, err := r.Next()
		if err == ipc.ErrTooLong {
			continue
		}
		if err != nil {
			close(w.done)
			return
		}
		switch f.Type {
		case msgInterrupt:
			var req request
			f.Decode(&req)
			if req.ID > w.interrupted.Load() {
				w.interrupted.Store(req.ID)
			}
			if c := w.cancel.Load(); c != nil && w.running.Load() <= req.ID {
				(*c)()
			}
		case msgInputReply:
			var rep inputReply
			f.Decode(&rep)
			w.mu.Lock()
			ch := w.inputs[rep.ID]
			delete(w.inputs, rep.ID)
			w.mu.Unlock()
			if c := w.cancel.Load(); ch != nil && rep.Interrupted && c != nil {
				(*c)() // before the prompt returns: see inputReply
			}
			if ch != nil {
				ch <- rep
			}
		default:
			w.serving.Lock()
			go w.read(r)
			w.serve(w.session, f)
			w.serving.Unlock()
			return
		}
	}
}

func (w *child) serve(s *interp.Session, f ipc.Frame) {
	var req request
	if err := f.Decode(&req); err != nil {
		return
	}
	rep := reply{ID: req.ID}
	switch f.Type {
	case msgExecute:
		ctx, cancel := context.WithCancel(context.Background())
		w.running.Store(req.ID)
		w.cancel.Store(&cancel)
		if w.interrupted.Load() >= req.ID {
			cancel() // the interrupt overtook the request
		}
		res, err := s.Execute(ctx, req.Code, &cell{w, ctx})
		w.cancel.Store(nil)
		cancel()
		rep.Result, rep.Error = res, describe(err)
	case msgComplete:
		rep.Matches, rep.Start, rep.End = s.Complete(req.Code, req.Cursor)
	case msgInspect:
		rep.Data, rep.Found = s.Inspect(req.Code, req.Cursor, req.Detail)
	case msgIsComplete:
		rep.Status, rep.Indent = s.IsComplete(req.Code)
	default:
		return
	}
	if err := w.out.Send(msgReply, rep); err != nil {
		// A result that does not encode (a value JSON cannot hold) must
		// still end the request.
		w.out.Send(msgReply, reply{ID: req.ID, Error: describe(fmt.Errorf("gobackprop could not send the cell's result: %w", err))})
	}
}

func (w *child) stream(name, text string) {
	for len(text) > 0 {
		n := min(len(text), chunk)
		for n < len(text) && n > chunk-utf8.UTFMax && !utf8.RuneStart(text[n]) {
			n-- // do not cut a character in two
		}
		w.out.Send(msgStream, stream{name, text[:n]})
		text = text[n:]
	}
}

// cell is the frontend of a running cell: its outputs become frames, and
// Input asks the front.
type cell struct {
	w   *child
	ctx context.Context
}

func (c *cell) Stream(name, text string)   { c.w.stream(name, text) }
func (c *cell) Display(out display.Output) { c.w.out.Send(msgDisplay, out) }
func (c *cell) ClearOutput(wait bool)      { c.w.out.Send(msgClear, clear{wait}) }

func (c *cell) Input(prompt string, password bool) (string, error) {
	ch := make(chan inputReply, 1)
	c.w.mu.Lock()
	c.w.nextInput++
	id := c.w.nextInput
	c.w.inputs[id] = ch
	c.w.mu.Unlock()
	c.w.out.Send(msgInput, input{ID: id, Prompt: prompt, Password: password})
	select {
	case rep := <-ch:
		switch {
		case rep.Err == display.ErrNoInput.Error():
			return "", display.ErrNoInput
		case rep.Interrupted:
			return "", display.ErrInputCancelled
		case rep.Err != "":
			return "", errors.New(rep.Err)
		}
		return rep.Value, nil
	case <-c.ctx.Done():
		c.w.mu.Lock()
		delete(c.w.inputs, id)
		c.w.mu.Unlock()
		return "", display.ErrInputCancelled
	}
}

// background receives what goroutines print between cells; the front
// files it under the last cell.
type background struct{ w *child }

func (b background) Stream(name, text string)   { b.w.stream(name, text) }
func (b background) Display(out display.Output) { b.w.out.Send(msgDisplay, out) }
func (b background) ClearOutput(wait bool)      { b.w.out.Send(msgClear, clear{wait}) }
func (b background) Input(string, bool) (string, error) {
	return "", display.ErrNoInput
}
