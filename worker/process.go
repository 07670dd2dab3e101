package worker

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gobackprop/gobackprop/capture"
	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/ipc"
)

// drainLimit bounds how long a dead worker's pipes are read after it
// exited: a program it started may still hold them.
const drainLimit = 2 * time.Second

// proc is one worker process, seen from the front.
type proc struct {
	cmd   *exec.Cmd
	req   *ipc.Writer // to the worker's descriptor 3
	reqW  *os.File
	pipes *capture.Capture // its descriptor 2
	rlog  *runtimeLog
	log   *slog.Logger

	replies chan reply
	ready   chan struct{} // closed when the session is up
	dead    chan struct{} // closed when the process is gone and its pipes read
	isReady atomic.Bool
	busy    atomic.Bool                 // a request is being served
	fe      atomic.Pointer[frontendBox] // the running cell's frontend
	why     atomic.Pointer[string]      // why the front killed it
	err     error                       // why it did not start
	limit   string                      // its memory limit, as the environment gives it
}

type frontendBox struct{ f display.Frontend }

// frontend is where the worker's outputs go now: the running cell's
// frontend, or between cells this process's current one (the kernel
// files it under the last cell).
func (p *proc) frontend() display.Frontend {
	if b := p.fe.Load(); b != nil {
		return b.f
	}
	return display.Current()
}

// start starts a worker process running argv.
func start(argv, env []string, log *slog.Logger) *proc {
	p := &proc{log: log, replies: make(chan reply, 1), ready: make(chan struct{}), dead: make(chan struct{})}
	p.rlog = newRuntimeLog(func(text string) { p.frontend().Stream("stderr", text) })
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, EnvMemoryLimit+"="); ok {
			p.limit = v
		}
	}
	if err := p.start(argv, env); err != nil {
		p.err = err
		close(p.dead)
	}
	return p
}

func (p *proc) start(argv, env []string) error {
	pipes, ends, err := capture.Pipes(func(_, text string) { p.rlog.write(text) }, "runtime")
	if err != nil {
		return err
	}
	var toClose []*os.File // the child's ends, closed here once it runs
	defer func() {
		for _, f := range toClose {
			f.Close()
		}
	}()
	toClose = append(toClose, ends...)
	reqR, reqW, err := os.Pipe()
	if err != nil {
		pipes.Close()
		return err
	}
	toClose = append(toClose, reqR)
	evR, evW, err := os.Pipe()
	if err != nil {
		reqW.Close()
		pipes.Close()
		return err
	}
	toClose = append(toClose, evW)
	null, err := os.Open(os.DevNull)
	if err != nil {
		reqW.Close()
		evR.Close()
		pipes.Close()
		return err
	}
	toClose = append(toClose, null)

	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = null, ends[0], ends[0]
	cmd.SysProcAttr = sysProcAttr()
	handPipes(cmd, reqR, evW)
	if err := cmd.Start(); err != nil {
		reqW.Close()
		evR.Close()
		pipes.Close()
		return fmt.Errorf("worker: start %s: %w", argv[0], err)
	}
	p.cmd, p.pipes, p.reqW = cmd, pipes, reqW
	p.req = ipc.NewWriter(reqW, nil)
	go p.readEvents(evR)
	return nil
}

// readEvents handles the worker's frames until its events pipe closes,
// then waits for the process and its pipes, and marks it dead.
func (p *proc) readEvents(evR *os.File) {
	r := ipc.NewReader(evR, nil, 0)
	for {
		f, err := r.Next()
		if err == ipc.ErrTooLong {
			p.log.Warn("worker frame over the limit dropped")
			continue
		}
		if err != nil {
			break
		}
		p.handle(f)
	}
	evR.Close()
	p.cmd.Wait()
	p.reqW.Close()
	p.pipes.Close()
	if !p.pipes.Wait(drainLimit) {
		p.log.Warn("a program the worker started still holds its output pipes")
	}
	p.log.Info("worker ended", "pid", p.cmd.Process.Pid, "status", exitText(p.cmd.ProcessState))
	close(p.dead)
}

// handle dispatches one frame from the worker. The worker's outputs come
// in order as frames; only a reply waits for the runtime's pipe, so that
// what compiled code wrote to descriptor 2 during the cell arrives before
// the cell ends.
func (p *proc) handle(f ipc.Frame) {
	switch f.Type {
	case msgReady:
		p.isReady.Store(true)
		close(p.ready)
	case msgStream:
		var m stream
		if f.Decode(&m) == nil {
			p.frontend().Stream(m.Name, m.Text)
		}
	case msgDisplay:
		var m display.Output
		if f.Decode(&m) == nil {
			p.frontend().Display(m)
		}
	case msgClear:
		var m clear
		if f.Decode(&m) == nil {
			p.frontend().ClearOutput(m.Wait)
		}
	case msgInput:
		var m input
		if f.Decode(&m) == nil {
			fe := p.frontend()
			// Input waits for the user: not on this goroutine, which
			// must go on reading.
			go func() {
				v, err := fe.Input(m.Prompt, m.Password)
				rep := inputReply{ID: m.ID, Value: v}
				if err != nil {
					rep.Err = err.Error()
					rep.Interrupted = errors.Is(err, display.ErrInputCancelled)
				}
				p.req.Send(msgInputReply, rep)
			}()
		}
	case msgReply:
		var m reply
		if f.Decode(&m) == nil {
			p.pipes.Sync()
			p.rlog.release()
			select {
			case p.replies <- m:
			default:
				p.log.Warn("worker reply nobody waits for dropped", "id", m.ID)
			}
		}
	default:
		p.log.Warn("unknown worker frame", "type", f.Type)
	}
}

// kill ends the worker and whatever it started, saying why.
func (p *proc) kill(why string) {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	if why != "" {
		p.why.CompareAndSwap(nil, &why)
	}
	killGroup(p.cmd.Process.Pid)
	p.cmd.Process.Kill()
}

func (p *proc) isDead() bool {
	select {
	case <-p.dead:
		return true
	default:
		return false
	}
}

// deathError is the error of the request the worker died under.
func (p *proc) deathError() *cellError {
	if p.err != nil {
		return &cellError{Ename: deathEname, Evalue: "cannot start the Go session: " + p.err.Error(),
			TB: []string{deathEname + ": cannot start the Go session: " + p.err.Error()}}
	}
	why := ""
	if w := p.why.Load(); w != nil {
		why = *w
	}
	return deathError(p.rlog.report(), p.cmd.ProcessState, why, p.limit)
}
