package grade

import (
	"time"

	"github.com/gobackprop/gobackprop/ipc"
)

// The grader and its worker talk over the worker's standard streams:
//
//	stdin:  one line of job JSON, then the merged notebook
//	stdout: one event per frame of package ipc, signed with the job's key
//
// The worker runs untrusted cells, which can write to any descriptor the
// process holds (os.NewFile works in a cell). The HMAC, keyed by a secret
// that travels on stdin and stays in the worker's memory where no cell
// can read it, means a cell that writes "passed" to the results channel
// forges nothing (see package ipc).

// job is what the grader tells the worker, besides the notebook.
type job struct {
	Key         string        `json:"key"`
	CellTimeout time.Duration `json:"cell_timeout"`
	Memory      int64         `json:"memory"`
	MaxOutput   int           `json:"max_output"`
	// Disk bounds the worker's sandbox when it has a root of its own.
	Disk int64 `json:"disk"`
	// ReadOnly are directories cells may read (the data sets).
	ReadOnly []string `json:"read_only,omitempty"`
	// RequireIsolation: exit before the first cell if a layer is missing.
	RequireIsolation bool `json:"require_isolation,omitempty"`
	// Off are the layers the worker must not apply to itself (see
	// switchedOff).
	Off []string `json:"off,omitempty"`
}

// Event types, in the order a worker sends them.
const (
	evReady = "ready" // session created and limits in place (Limits)
	evStart = "start" // cell Cell starts
	evEnd   = "end"   // cell Cell ended (Status, Message, Output, Millis)
	evFatal = "fatal" // the worker is about to exit on a limit (Message)
	evDone  = "done"  // every cell ran
)

// event is one message from the worker; Type is the frame's type.
type event struct {
	Type    string   `json:"-"`
	Cell    int      `json:"cell"`
	Status  Status   `json:"status,omitempty"`
	Message string   `json:"message,omitempty"`
	Output  string   `json:"output,omitempty"`
	Millis  int64    `json:"ms,omitempty"`
	Limits  []string `json:"limits,omitempty"`
	// Isolation are the layers the worker applied to itself (Ready).
	Isolation []string `json:"isolation,omitempty"`
}

// events sends a worker's events; it is safe for use by several
// goroutines (the memory watchdog sends too).
type events struct{ w *ipc.Writer }

func (o events) send(e event) { o.w.Send(e.Type, e) }
