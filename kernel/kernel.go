package kernel

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/kernel/zmtpconn"
)

// Info describes the kernel: what kernel_info_reply says, and the
// output limit.
type Info struct {
	Version   string // gobackprop's version
	GoVersion string // the Go version cells are written in
	Banner    string
	// OutputLimit is how many bytes of stream output one cell may send
	// (and output between cells, counted after each cell); past it the
	// rest is dropped with a notice. 0 means DefaultOutputLimit.
	OutputLimit int
}

// Kernel serves one Jupyter connection.
type Kernel struct {
	conn   ConnectionInfo
	signer *Signer
	interp Interpreter
	info   Info
	log    *slog.Logger

	shell, control, stdin, iopub, hb zmq4.Socket

	iopubMu  sync.Mutex // one writer on iopub at a time, in call order
	iopubOff bool       // set at shutdown: nothing more is published
	inputs   inputs     // open prompts and their replies (stdin.go)

	shellQ chan *Message

	// mu guards what the shell goroutine (serveShell) writes and others
	// read: the running cell's cancel function (control interrupts it),
	// the count, the frontend of output between cells. Only serveShell
	// runs cells, so cancelRun has one writer; what stop_on_error aborts
	// is serveShell's alone (abort.go), not a field here.
	mu             sync.Mutex
	cancelRun      context.CancelFunc // cancels the running cell
	executionCount int
	background     *iopubFrontend // outputs between cells go to the last cell
	history        history

	shutdown     chan struct{}
	shutdownOnce sync.Once
	warmOnce     sync.Once // the Warmer's Warm, after the first kernel_info_reply
}

// New prepares a kernel for the given connection; Run serves it.
func New(conn ConnectionInfo, in Interpreter, info Info, log *slog.Logger) (*Kernel, error) {
	signer, err := NewSigner(conn.SignatureScheme, conn.Key)
	if err != nil {
		return nil, err
	}
	if info.GoVersion == "" {
		info.GoVersion = runtime.Version()
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Kernel{
		conn: conn, signer: signer, interp: in, info: info, log: log,
		shellQ:   make(chan *Message, 1024),
		shutdown: make(chan struct{}),
	}, nil
}

// Run binds the five sockets and serves until a shutdown_request arrives or
// ctx is cancelled.
func (k *Kernel) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := k.bind(ctx); err != nil {
		return err
	}
	defer k.closeSockets()

	defer display.Use(backgroundFrontend{k})()
	go k.heartbeatLoop()
	go k.receiveLoop("shell", k.shell, k.shellQ)
	go k.receiveStdin()
	controlQ := make(chan *Message, 64)
	go k.receiveLoop("control", k.control, controlQ)
	go k.serveControl(controlQ)
	go k.serveShell()

	k.publish(newMessage("status", nil, map[string]string{"execution_state": "starting"}))
	select {
	case <-ctx.Done():
	case <-k.shutdown:
	}
	k.cancelRunning()
	k.iopubMu.Lock()
	k.iopubOff = true
	k.iopubMu.Unlock()
	return nil
}

func (k *Kernel) bind(ctx context.Context) error {
	// zmtpconn sends each ZMTP message with one system call (plain zmq4
	// makes two per frame, fourteen for a reply), and keeps one peer from
	// crashing or stalling the kernel: frame limits, handshake deadlines,
	// per-peer send queues (see its doc).
	tr, err := zmtpconn.NewTransport(zmtpconn.Options{Log: k.log})
	if err != nil {
		return err
	}
	// zmq4 logs refused handshakes to os.Stderr by default, which a
	// running cell captures: they belong in the kernel's log.
	zlog := zmq4.WithLogger(slog.NewLogLogger(k.log.Handler(), slog.LevelInfo))
	k.shell = zmq4.NewRouter(ctx, zlog)
	k.control = zmq4.NewRouter(ctx, zlog)
	k.stdin = zmq4.NewRouter(ctx, zlog)
	k.iopub = zmq4.NewPub(ctx, zlog)
	k.hb = zmq4.NewRep(ctx, zlog)
	for _, s := range []struct {
		name string
		sock zmq4.Socket
		port int
	}{
		{"shell", k.shell, k.conn.ShellPort},
		{"control", k.control, k.conn.ControlPort},
		{"stdin", k.stdin, k.conn.StdinPort},
		{"iopub", k.iopub, k.conn.IOPubPort},
		{"hb", k.hb, k.conn.HBPort},
	} {
		if err := s.sock.Listen(tr.Endpoint(k.conn.endpoint(s.port))); err != nil {
			k.closeSockets()
			return fmt.Errorf("kernel: listen %s on %s: %w", s.name, k.conn.endpoint(s.port), err)
		}
	}
	return nil
}

func (k *Kernel) closeSockets() {
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		if s != nil {
			s.Close()
		}
	}
}

// Shutdown stops Run.
func (k *Kernel) Shutdown() {
	k.shutdownOnce.Do(func() { close(k.shutdown) })
}

func (k *Kernel) stopping() bool {
	select {
	case <-k.shutdown:
		return true
	default:
		return false
	}
}

// receiveLoop decodes what arrives on a socket and queues it. Bad frames
// and bad signatures are logged and dropped: they must never reach a
// handler, and never stop the loop.
func (k *Kernel) receiveLoop(name string, sock zmq4.Socket, q chan<- *Message) {
	for {
		raw, err := sock.Recv()
		if err != nil {
			if k.stopping() {
				return
			}
			if errors.Is(err, context.Canceled) {
				return
			}
			k.log.Debug("receive failed", "socket", name, "err", err)
			continue
		}
		msg, err := k.signer.Decode(raw.Frames)
		if err != nil {
			k.log.Warn("dropped message", "socket", name, "err", err)
			continue
		}
		msg.arrived = time.Now()
		k.log.Debug("recv", "socket", name, "type", msg.Header.MsgType, "id", msg.Header.MsgID, "content", string(msg.Content))
		q <- msg
	}
}

// receiveStdin routes input replies as they are read (stdin.go).
func (k *Kernel) receiveStdin() {
	for {
		raw, err := k.stdin.Recv()
		if err != nil {
			if k.stopping() || errors.Is(err, context.Canceled) {
				return
			}
			continue
		}
		msg, err := k.signer.Decode(raw.Frames)
		if err != nil {
			k.log.Warn("dropped message", "socket", "stdin", "err", err)
			continue
		}
		if why := k.inputs.deliver(msg); why != "" {
			k.log.Warn("dropped message", "socket", "stdin", "type", msg.Header.MsgType, "id", msg.Header.MsgID, "why", why)
		}
	}
}

// heartbeatLoop echoes every ping. A malformed ping is skipped, never fatal.
func (k *Kernel) heartbeatLoop() {
	for {
		msg, err := k.hb.Recv()
		if err != nil {
			if k.stopping() {
				return
			}
			continue
		}
		if err := k.hb.Send(msg); err != nil && k.stopping() {
			return
		}
	}
}

// publish sends an iopub message. Sends are serialized by one mutex and
// made by the caller, so messages leave in the order they were published:
// a request's closing status idle, published after its outputs, really
// comes last. (Sending from the caller rather than through a writer
// goroutine saves a goroutine hand-off per message, measurable in the
// round trip of a trivial cell.)
func (k *Kernel) publish(m *Message) {
	k.iopubMu.Lock()
	defer k.iopubMu.Unlock()
	if k.iopubOff {
		return
	}
	m.Identities = [][]byte{[]byte("kernel." + m.Header.MsgType)}
	k.log.Debug("send", "socket", "iopub", "type", m.Header.MsgType, "parent", string(m.ParentHeader))
	// Every socket listens through zmtpconn, which sends each message
	// with one write; SendMulti hands zmq4's frames over as one batch.
	if err := k.iopub.SendMulti(zmq4.NewMsgFrom(k.signer.Encode(m)...)); err != nil {
		k.log.Debug("iopub send failed", "err", err)
	}
}

// reply sends a reply on a ROUTER socket to the request's sender.
func (k *Kernel) reply(sock zmq4.Socket, req *Message, msgType string, content any) {
	m := newMessage(msgType, req, content)
	m.Identities = req.Identities
	k.log.Debug("send", "type", msgType, "parent", req.Header.MsgID, "content", string(m.Content))
	if err := sock.SendMulti(zmq4.NewMsgFrom(k.signer.Encode(m)...)); err != nil {
		k.log.Warn("reply failed", "type", msgType, "err", err)
	}
}

func (k *Kernel) outputLimit() int {
	if k.info.OutputLimit > 0 {
		return k.info.OutputLimit
	}
	return DefaultOutputLimit
}

func (k *Kernel) status(parent *Message, state string) {
	k.publish(newMessage("status", parent, map[string]string{"execution_state": state}))
}

func (k *Kernel) cancelRunning() {
	k.mu.Lock()
	if k.cancelRun != nil {
		k.cancelRun()
	}
	k.mu.Unlock()
}

// Interrupt cancels the running cell, if any; the session keeps its state.
func (k *Kernel) Interrupt() { k.cancelRunning() }
