package kernel

import (
	"context"

	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"

	"github.com/gobackprop/gobackprop/display"
)

// streamInterval is how long stream text is gathered before it is sent:
// short enough that a cell printing once a second shows a line a second,
// long enough that a tight print loop sends a few messages, not thousands
// (PUB drops past its high-water mark).
const streamInterval = 50 * time.Millisecond

// DefaultOutputLimit caps the stream text one cell may send, unless
// Info.OutputLimit says otherwise: 100,000 ordinary lines fit. Past it
// the text is dropped, and notices say so (see Stream and close).
const DefaultOutputLimit = 16 << 20

// EnvOutputLimit names the environment variable, set in the kernelspec,
// from which the kernel command reads Info.OutputLimit ("16MiB").
const EnvOutputLimit = "GOBACKPROP_OUTPUT_LIMIT"

// streamChunk bounds the text of one stream message: output under the
// limit is delivered whole, in messages a frontend can take.
const streamChunk = 1 << 20

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
	limit   int // stream bytes this cell may send
	sent    int // stream bytes sent so far
	dropped int // stream bytes past the limit
	closed  bool
}

func newIOPubFrontend(ctx context.Context, k *Kernel, req *Message, silent, allowStdin bool) *iopubFrontend {
	return &iopubFrontend{ctx: ctx, k: k, req: req, silent: silent, allowStdin: allowStdin, limit: k.outputLimit()}
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
	if f.dropped > 0 {
		f.dropped += len(text)
		return
	}
	if room := f.limit - f.sent - f.buf.Len(); len(text) > room {
		// What fits is sent, cut at a character; a notice follows at
		// once (the cell may run on for long) and the count at close.
		keep := max(room, 0)
		for keep > 0 && keep < len(text) && !utf8.RuneStart(text[keep]) {
			keep--
		}
		f.dropped = len(text) - keep
		f.writeLocked(name, text[:keep])
		f.flushLocked()
		f.notice(fmt.Sprintf("\n[gobackprop: output reached the %s limit of one cell; what follows is dropped (%s in the kernelspec sets the limit)]\n", sizeText(f.limit), EnvOutputLimit))
		return
	}
	f.writeLocked(name, text)
}

// writeLocked buffers text of stream name, sending whole chunks at once
// and the rest after streamInterval.
func (f *iopubFrontend) writeLocked(name, text string) {
	if text == "" {
		return
	}
	if f.name != name {
		f.flushLocked() // keep stdout and stderr in the order they were written
		f.name = name
	}
	for f.buf.Len()+len(text) >= streamChunk {
		n := streamChunk - f.buf.Len()
		for n > 0 && n < len(text) && !utf8.RuneStart(text[n]) {
			n--
		}
		f.buf.WriteString(text[:n])
		text = text[n:]
		f.flushLocked()
	}
	f.buf.WriteString(text)
	if f.buf.Len() > 0 && f.timer == nil {
		f.timer = time.AfterFunc(streamInterval, f.flush)
	}
}

// notice publishes a note of gobackprop's own on the cell's stderr.
func (f *iopubFrontend) notice(text string) {
	f.k.publish(newMessage("stream", f.req, map[string]string{"name": "stderr", "text": text}))
}

// sizeText writes a byte count as people read it: 16 MiB, 1.5 KiB.
func sizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
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
		return "", display.ErrInputCancelled
	case v := <-answer:
		return v, nil
	}
}

// close sends what is buffered and, if output was dropped, how much;
// later writes are dropped. A cell's frontend is closed when the cell
// ends, the frontend of output between cells (a goroutine a cell left
// running) when the next cell starts.
func (f *iopubFrontend) close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return
	}
	f.flushLocked()
	if f.dropped > 0 && !f.silent {
		f.notice(fmt.Sprintf("\n[gobackprop: output truncated: %s (%d bytes) past the %s limit of one cell were dropped]\n", sizeText(f.dropped), f.dropped, sizeText(f.limit)))
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
		return display.Discard
	}
	return b.k.background
}

func (b backgroundFrontend) Stream(name, text string)   { b.current().Stream(name, text) }
func (b backgroundFrontend) Display(out display.Output) { b.current().Display(out) }
func (b backgroundFrontend) ClearOutput(wait bool)      { b.current().ClearOutput(wait) }
func (b backgroundFrontend) Input(string, bool) (string, error) {
	return "", display.ErrNoInput
}
