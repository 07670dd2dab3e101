package worker

import "github.com/gobackprop/gobackprop/display"

// The messages between the front (Remote) and the worker (Serve), one
// frame of package ipc each. Requests carry an id that their reply
// repeats; the front sends one request at a time, besides interrupts and
// input replies.

// Frame types, front to worker.
const (
	msgExecute    = "execute"     // request: run Code
	msgComplete   = "complete"    // request: Code, Cursor
	msgInspect    = "inspect"     // request: Code, Cursor, Detail
	msgIsComplete = "is_complete" // request: Code
	msgInterrupt  = "interrupt"   // stop the running cell (no reply)
	msgInputReply = "input_reply" // answer to an input frame
)

// Frame types, worker to front.
const (
	msgReady   = "ready"   // the session is up
	msgStream  = "stream"  // Name, Text: text the session printed
	msgDisplay = "display" // display.Output
	msgClear   = "clear"   // Wait
	msgInput   = "input"   // ask the user for a line: ID, Prompt, Password
	msgReply   = "reply"   // the answer to a request
)

type request struct {
	ID     uint64 `json:"id"`
	Code   string `json:"code,omitempty"`
	Cursor int    `json:"cursor,omitempty"`
	Detail int    `json:"detail,omitempty"`
}

type reply struct {
	ID uint64 `json:"id"`
	// execute
	Result display.Bundle `json:"result,omitempty"`
	Error  *cellError     `json:"error,omitempty"`
	// complete
	Matches []string `json:"matches,omitempty"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	// inspect
	Data  display.Bundle `json:"data,omitempty"`
	Found bool           `json:"found,omitempty"`
	// is_complete
	Status string `json:"status,omitempty"`
	Indent string `json:"indent,omitempty"`
}

type stream struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

type clear struct {
	Wait bool `json:"wait"`
}

type input struct {
	ID       uint64 `json:"id"`
	Prompt   string `json:"prompt,omitempty"`
	Password bool   `json:"password,omitempty"`
}

type inputReply struct {
	ID    uint64 `json:"id"`
	Value string `json:"value"`
	Err   string `json:"err,omitempty"`
	// Interrupted says the prompt was given up because the cell was
	// interrupted: the worker stops the cell before the prompt returns,
	// so the cell ends as interrupted even if the interrupt frame that
	// follows comes after the cell's last statement.
	Interrupted bool `json:"interrupted,omitempty"`
}

// cellError is a cell's error as it crosses the pipe: what Jupyter shows
// of it. It implements display.TracebackError on the front's side.
type cellError struct {
	Ename  string   `json:"ename"`
	Evalue string   `json:"evalue"`
	TB     []string `json:"traceback"`
}

func (e *cellError) Error() string       { return e.Evalue }
func (e *cellError) Name() string        { return e.Ename }
func (e *cellError) Traceback() []string { return e.TB }

func describe(err error) *cellError {
	if err == nil {
		return nil
	}
	ename, evalue, tb := display.DescribeError(err)
	return &cellError{ename, evalue, tb}
}
