package kernel

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/go-zeromq/zmq4"
)

// serveShell handles shell requests one at a time, in arrival order. It
// is the only goroutine that runs cells, and it owns the stop_on_error
// state (abort.go).
func (k *Kernel) serveShell() {
	var ab abort
	for {
		select {
		case <-k.shutdown:
			return
		case req := <-k.shellQ:
			if req.Header.MsgType == "execute_request" && ab.covers(req, time.Now()) {
				k.abortExecute(req)
				continue
			}
			if at := k.handle(k.shell, req); !at.IsZero() {
				ab.failed(req, at)
			}
		}
	}
}

// serveControl handles control requests concurrently with shell, so that
// interrupt and shutdown work while a cell runs.
func (k *Kernel) serveControl(q <-chan *Message) {
	for {
		select {
		case <-k.shutdown:
			return
		case req := <-q:
			if !controlRequest(req.Header.MsgType) {
				k.refuseOnControl(req)
				continue
			}
			k.handle(k.control, req)
		}
	}
}

// controlRequest reports whether a request may come on the control
// channel. Only these: an execute there would run beside the shell's
// cell (and once took over its cancel function, so that the running
// cell could no longer be interrupted); a request that waits for the
// session would hold up the interrupt behind it.
func controlRequest(t string) bool {
	switch t {
	case "shutdown_request", "interrupt_request", "kernel_info_request":
		return true
	case "debug_request", "usage_request":
		return true // control requests gobackprop does not implement: answered as such
	}
	return false
}

// refuseOnControl answers a request that belongs on shell with an error
// naming the problem, wrapped in busy ... idle like any request.
func (k *Kernel) refuseOnControl(req *Message) {
	t := req.Header.MsgType
	k.log.Warn("request on the control channel refused", "type", t)
	reply, ok := replyType(t)
	if !ok {
		return // not a request (comm_msg, input_reply): nothing to answer
	}
	k.status(req, "busy")
	k.reply(k.control, req, reply, errorContent("WrongChannel",
		t+" was sent on the control channel, which takes only shutdown_request, interrupt_request and kernel_info_request: send it on the shell channel", nil))
	k.status(req, "idle")
}

// handle wraps one request in status busy ... idle and dispatches it by
// type. A panic in a handler is logged and answered, never fatal. It
// returns when an execute request failed and asked that the requests
// queued behind it be aborted (stop_on_error), else the zero time.
func (k *Kernel) handle(sock zmq4.Socket, req *Message) (abortFrom time.Time) {
	k.status(req, "busy")
	defer k.status(req, "idle")
	defer func() {
		if r := recover(); r != nil {
			k.log.Error("handler panicked", "type", req.Header.MsgType, "panic", r)
			if reply, ok := replyType(req.Header.MsgType); ok {
				k.reply(sock, req, reply, errorContent("KernelError", fmt.Sprintf("gobackprop failed to handle %s: %v", req.Header.MsgType, r), nil))
			}
		}
	}()

	switch t := req.Header.MsgType; t {
	case "kernel_info_request":
		k.reply(sock, req, "kernel_info_reply", k.kernelInfo())
		if w, ok := k.interp.(Warmer); ok {
			k.warmOnce.Do(w.Warm)
		}
	case "execute_request":
		return k.handleExecute(sock, req)
	case "complete_request":
		k.handleComplete(sock, req)
	case "inspect_request":
		k.handleInspect(sock, req)
	case "is_complete_request":
		k.handleIsComplete(sock, req)
	case "history_request":
		k.handleHistory(sock, req)
	case "comm_info_request":
		k.reply(sock, req, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "comm_open":
		// No comm targets exist: tell the frontend the comm is closed.
		var c struct {
			CommID string `json:"comm_id"`
		}
		if err := json.Unmarshal(req.Content, &c); err != nil {
			k.log.Warn("malformed comm_open", "error", err)
			break
		}
		k.publish(newMessage("comm_close", req, map[string]any{"comm_id": c.CommID, "data": map[string]any{}}))
	case "comm_msg", "comm_close":
		// Nothing listens; dropping is what the protocol expects.
	case "interrupt_request":
		k.cancelRunning()
		k.reply(sock, req, "interrupt_reply", map[string]any{"status": "ok"})
	case "shutdown_request":
		k.handleShutdown(sock, req)
	default:
		k.log.Warn("unsupported request", "type", t)
		if reply, ok := replyType(t); ok {
			k.reply(sock, req, reply, errorContent("UnsupportedRequest", "gobackprop does not handle "+t, nil))
		}
	}
	return time.Time{}
}

// replyType maps foo_request to foo_reply.
func replyType(t string) (string, bool) {
	const suffix = "_request"
	if len(t) > len(suffix) && t[len(t)-len(suffix):] == suffix {
		return t[:len(t)-len(suffix)] + "_reply", true
	}
	return "", false
}

// decode reads a request's content into v. A malformed one gets an error
// reply of replyType naming what was wrong, and decode reports false.
func (k *Kernel) decode(sock zmq4.Socket, req *Message, replyType string, v any) bool {
	if err := json.Unmarshal(req.Content, v); err != nil {
		k.reply(sock, req, replyType, errorContent("BadRequest", req.Header.MsgType+" content: "+err.Error(), nil))
		return false
	}
	return true
}

func errorContent(ename, evalue string, traceback []string) map[string]any {
	if traceback == nil {
		traceback = []string{}
	}
	return map[string]any{"status": "error", "ename": ename, "evalue": evalue, "traceback": traceback}
}

func (k *Kernel) kernelInfo() map[string]any {
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       ProtocolVersion,
		"implementation":         "gobackprop",
		"implementation_version": k.info.Version,
		"language_info": map[string]any{
			"name":               "go",
			"version":            k.info.GoVersion,
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"pygments_lexer":     "go",
			"codemirror_mode":    "go",
			"nbconvert_exporter": "script",
		},
		"banner": k.info.Banner,
		"help_links": []map[string]string{
			{"text": "Go documentation", "url": "https://go.dev/doc/"},
			{"text": "Go standard library", "url": "https://pkg.go.dev/std"},
			{"text": "gonum documentation", "url": "https://pkg.go.dev/gonum.org/v1/gonum/mat"},
			{"text": "gobackprop README", "url": "https://github.com/gobackprop/gobackprop#readme"},
		},
	}
}

func (k *Kernel) handleShutdown(sock zmq4.Socket, req *Message) {
	var c struct {
		Restart bool `json:"restart"`
	}
	if !k.decode(sock, req, "shutdown_reply", &c) {
		return
	}
	k.cancelRunning()
	k.reply(sock, req, "shutdown_reply", map[string]any{"status": "ok", "restart": c.Restart})
	// Let the reply and the idle status leave before the sockets close.
	go func() {
		time.Sleep(50 * time.Millisecond)
		k.Shutdown()
	}()
}
