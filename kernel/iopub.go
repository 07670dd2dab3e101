package kernel

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gobackprop/gobackprop/display"
)

// streamInterval is how long stream text is gathered before it is sent:
// short enough that a cell printing once a second shows a line a second,
// long enough that a tight print loop sends a few messages, not thousands
// (PUB drops past its high-water mark).
const streamInterval = 50 * time.Millisecond

// streamLimit caps the stream text one cell may send; past it the text is
// dropped and a marker says how much. 100,000 ordinary lines fit.
const streamLimit = 16 << 20

// iopubFrontend publishes a running cell's outputs on iopub.
type iopubFrontend struct {
	ctx        context.Context
	k          *Kernel
	req        *Message
	silent     bool
	allowStdin bool

	mu      sync.Mutex
	name    string // stream whose text is in buf
	buf     strings.Builder
	timer   *time.Timer
	sent    int // stream bytes sent so far
	dropped int
	closed  bool
}

func newIOPubFrontend(ctx context.Context, k *Kernel, req *Message, silent, allowStdin bool) *iopubFrontend {
	return &iopubFrontend{ctx: ctx, k: k, req: req, silent: silent, allowStdin: allowStdin}
}

func (f *iopubFrontend) Stream(name, text string) {
	if f.silent || text == "" {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return
	}
	if f.sent+f.buf.Len()+len(text) > streamLimit {
		f.dropped += len(text)
		return
	}
	if f.name != name {
		f.flushLocked() // keep stdout and stderr in the order they were written
		f.name = name
	}
	f.buf.WriteString(text)
	if f.timer == nil {
		f.timer = time.AfterFunc(streamInterval, f.flush)
	}
}

func (f *iopubFrontend) flush() {
	f.mu.Lock()
	f.flushLocked()
	f.mu.Unlock()
}

func (f *iopubFrontend) flushLocked() {
	if f.timer != nil {
		f.timer.Stop()
		f.timer = nil
	}
	if f.buf.Len() == 0 {
		return
	}
	f.sent += f.buf.Len()
	f.k.publish(newMessage("stream", f.req, map[string]string{"name": f.name, "text": f.buf.String()}))
	f.buf.Reset()
}

func (f *iopubFrontend) Display(out display.Output) {
	if f.silent {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.flushLocked()
	msgType := "display_data"
	if out.Update {
		msgType = "update_display_data"
	}
	md := out.Metadata
	if md == nil {
		md = map[string]any{}
	}
	transient := map[string]any{}
	if out.DisplayID != "" {
		transient["display_id"] = out.DisplayID
	}
	f.k.publish(newMessage(msgType, f.req, map[string]any{"data": out.Data, "metadata": md, "transient": transient}))
}

func (f *iopubFrontend) ClearOutput(wait bool) {
	if f.silent {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.flushLocked()
	f.k.publish(newMessage("clear_output", f.req, map[string]any{"wait": wait}))
}

// Input asks the frontend for a line on the stdin channel, addressed to the
// identity that sent the execute_request.
func (f *iopubFrontend) Input(prompt string, password bool) (string, error) {
	if !f.allowStdin {
		return "", display.ErrNoInput
	}
	f.flush()
	m := newMessage("input_request", f.req, map[string]any{"prompt": prompt, "password": password})
	m.Identities = f.req.Identities
	answer := f.k.inputs.expect(m.Header.MsgID)
	defer f.k.inputs.done(m.Header.MsgID)
	if err := f.k.stdin.SendMulti(zmq4.NewMsgFrom(f.k.signer.Encode(m)...)); err != nil {
		return "", fmt.Errorf("kernel: input_request: %w", err)
	}
	select {
	case <-f.ctx.Done():
		return "", errors.New("input cancelled: the cell was interrupted")
	case v := <-answer:
		return v, nil
	}
}

// close sends what is buffered and the elision marker; later writes (from
// goroutines the cell left running) are dropped.
func (f *iopubFrontend) close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.flushLocked()
	if f.dropped > 0 && !f.silent {
		f.k.publish(newMessage("stream", f.req, map[string]string{"name": "stderr",
			"text": fmt.Sprintf("\n[gobackprop: output truncated: %d bytes past the %d MiB limit of one cell were dropped]\n", f.dropped, streamLimit>>20)}))
	}
	f.closed = true
}

// backgroundFrontend receives what is printed while no cell runs - by a
// goroutine a cell left running, say. It goes to the notebook as output of
// the last executed cell (frontends file outputs by parent message), the
// way other kernels do, instead of being lost.
type backgroundFrontend struct{ k *Kernel }

func (b backgroundFrontend) current() display.Frontend {
	b.k.mu.Lock()
	defer b.k.mu.Unlock()
	if b.k.background == nil {
		return discardFrontend{}
	}
	return b.k.background
}

func (b backgroundFrontend) Stream(name, text string)   { b.current().Stream(name, text) }
func (b backgroundFrontend) Display(out display.Output) { b.current().Display(out) }
func (b backgroundFrontend) ClearOutput(wait bool)      { b.current().ClearOutput(wait) }
func (b backgroundFrontend) Input(string, bool) (string, error) {
	return "", display.ErrNoInput
}
