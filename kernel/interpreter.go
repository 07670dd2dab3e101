package kernel

import (
	"context"

	"github.com/gobackprop/gobackprop/display"
)

// Warmer is an Interpreter that prepares itself (starts a process, loads
// packages) when Warm is called rather than when it is made. The kernel
// calls Warm once, after its first kernel_info_reply has left: that reply is
// what a client waits for to call the kernel ready, and preparing the
// interpreter before it would only share the processors with it. An
// Interpreter must still serve a request that comes before Warm.
type Warmer interface {
	Warm()
}

// Interpreter is what the kernel needs from a language: run a cell, and
// answer the editor's questions about code. The kernel knows the wire, not
// the language; interp.Session implements this for Go, and worker.Remote
// runs one in a process of its own.
//
// Offsets (cursor, start, end) are byte offsets into code; the kernel
// converts the protocol's code-point offsets.
type Interpreter interface {
	// Execute runs a cell. Output goes to f while it runs; the returned
	// bundle, if any, is the cell's result. A returned error may implement
	// display.TracebackError to give its name and traceback.
	Execute(ctx context.Context, code string, f display.Frontend) (display.Bundle, error)
	// Complete returns the completions for the identifier that ends at
	// cursor, and the byte range of code they replace.
	Complete(code string, cursor int) (matches []string, start, end int)
	// Inspect returns documentation for the name at cursor.
	Inspect(code string, cursor, detail int) (display.Bundle, bool)
	// IsComplete reports "complete", "incomplete" (with the indent for
	// the next line) or "invalid".
	IsComplete(code string) (status, indent string)
}
