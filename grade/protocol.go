package grade

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"sync"
	"time"
)

// The grader and its worker talk over the worker's standard streams:
//
//	stdin:  one line of job JSON, then the merged notebook
//	stdout: one event per line, "\n" + hex HMAC-SHA256 + " " + JSON + "\n"
//
// The worker runs untrusted cells, which can write to any descriptor the
// process holds (os.NewFile works in a cell). The HMAC, keyed by a secret
// that travels on stdin and stays in the worker's memory where no cell
// can read it, means a cell that writes "passed" to the results channel
// forges nothing. The leading newline ends whatever partial line a cell
// left, so a stray write costs at most the event it was glued to.

// job is what the grader tells the worker, besides the notebook.
type job struct {
	Key         string        `json:"key"`
	CellTimeout time.Duration `json:"cell_timeout"`
	Memory      int64         `json:"memory"`
	MaxOutput   int           `json:"max_output"`
}

// Event types, in the order a worker sends them.
const (
	evReady = "ready" // session created and limits in place (Limits)
	evStart = "start" // cell Cell starts
	evEnd   = "end"   // cell Cell ended (Status, Message, Output, Millis)
	evFatal = "fatal" // the worker is about to exit on a limit (Message)
	evDone  = "done"  // every cell ran
)

// event is one message from the worker.
type event struct {
	Seq     int      `json:"seq"`
	Type    string   `json:"type"`
	Cell    int      `json:"cell"`
	Status  Status   `json:"status,omitempty"`
	Message string   `json:"message,omitempty"`
	Output  string   `json:"output,omitempty"`
	Millis  int64    `json:"ms,omitempty"`
	Limits  []string `json:"limits,omitempty"`
}

// signer writes authenticated events; it is safe for use by several
// goroutines (the memory watchdog sends too).
type signer struct {
	mu  sync.Mutex
	key []byte
	w   io.Writer
	seq int
}

func (s *signer) send(e event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	e.Seq = s.seq
	b, err := json.Marshal(e)
	if err != nil {
		return
	}
	var line bytes.Buffer
	line.WriteByte('\n')
	line.WriteString(mac(s.key, b))
	line.WriteByte(' ')
	line.Write(b)
	line.WriteByte('\n')
	s.w.Write(line.Bytes())
}

func mac(key, msg []byte) string {
	h := hmac.New(sha256.New, key)
	h.Write(msg)
	return hex.EncodeToString(h.Sum(nil))
}

// verify parses one line of the results channel. ok is false for a line
// that is not an event signed with key; empty lines are neither events
// nor forgeries.
func verify(key []byte, line []byte) (e event, ok bool) {
	sum, msg, found := bytes.Cut(line, []byte(" "))
	if !found || !hmac.Equal([]byte(mac(key, msg)), sum) {
		return event{}, false
	}
	if err := json.Unmarshal(msg, &e); err != nil {
		return event{}, false
	}
	return e, true
}
