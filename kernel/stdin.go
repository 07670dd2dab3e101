package kernel

import (
	"encoding/json"
	"sync"
)

// inputs matches input_reply messages to the input_request they answer.
// A reply names its request in its parent header; one that names no
// open request - a late answer to a prompt that was interrupted, or
// anything a client sends unasked - is logged and dropped, so that
// fmt.Scanln gets what the user typed for it. A reply with no parent
// header (jupyter_client's input(), the classic Notebook) goes to the
// prompt that is open, if exactly one is: the kernel asks one question
// at a time, and it was read after that question went out.
//
// Replies are routed as the stdin socket's reader reads them, with no
// queue in between that a flood of stale replies could fill.
type inputs struct {
	mu   sync.Mutex
	open map[string]chan string // by input_request msg_id
}

// expect registers a prompt before its input_request is sent; the
// channel receives the answer. Call done when the prompt is over.
func (in *inputs) expect(requestID string) <-chan string {
	ch := make(chan string, 1)
	in.mu.Lock()
	if in.open == nil {
		in.open = map[string]chan string{}
	}
	in.open[requestID] = ch
	in.mu.Unlock()
	return ch
}

// done closes a prompt: later replies to it are stale.
func (in *inputs) done(requestID string) {
	in.mu.Lock()
	delete(in.open, requestID)
	in.mu.Unlock()
}

// deliver routes one message read from the stdin socket. It reports
// why a message was dropped, or "" when it was delivered.
func (in *inputs) deliver(m *Message) (dropped string) {
	if m.Header.MsgType != "input_reply" {
		return "not an input_reply"
	}
	var c struct {
		Value string `json:"value"`
	}
	if err := json.Unmarshal(m.Content, &c); err != nil {
		return "content: " + err.Error()
	}
	var parent struct {
		MsgID string `json:"msg_id"`
	}
	if err := json.Unmarshal(m.ParentHeader, &parent); err != nil {
		return "parent header: " + err.Error()
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	var ch chan string
	switch {
	case parent.MsgID != "":
		ch = in.open[parent.MsgID]
		if ch == nil {
			return "it answers no open input_request (stale)"
		}
		delete(in.open, parent.MsgID)
	case len(in.open) == 1:
		for id, open := range in.open {
			ch = open
			delete(in.open, id)
		}
	default:
		return "it names no input_request and no prompt is open"
	}
	ch <- c.Value // buffered, and each channel is given one reply
	return ""
}
