package interp

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"

	"github.com/gobackprop/gobackprop/display"
)

// streamWriter sends what a cell prints to the running cell's frontend.
type streamWriter string

func (w streamWriter) Write(b []byte) (int, error) {
	display.Current().Stream(string(w), string(b))
	return len(b), nil
}

// inputReader is the cells' standard input: when its buffer is empty, a
// read asks the frontend for a line (an input_request in Jupyter). The
// line is kept until it is read whole: fmt.Scan reads a byte at a time.
type inputReader struct {
	mu      sync.Mutex
	pending []byte
	// cancelled says a prompt of this cell was given up for an interrupt.
	// The cell must end as interrupted even when its context is not yet
	// seen as cancelled: a context's children learn of the cancel after
	// its Done closes, and the prompt returns on that close.
	cancelled atomic.Bool
	// noted says this cell was told its input is closed.
	noted bool
}

// noInputNote tells a cell that reads standard input where the frontend
// gives none why the reads end at once.
const noInputNote = "note: this frontend does not accept input (allow_stdin is false): reads from standard input see its end (io.EOF)\n"

func (r *inputReader) Read(b []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.pending) == 0 {
		line, err := display.Current().Input("", false)
		if err != nil {
			if errors.Is(err, display.ErrInputCancelled) {
				r.cancelled.Store(true)
			}
			if errors.Is(err, display.ErrNoInput) {
				// As a program run with nothing on its standard input:
				// a loop that reads to io.EOF ends (it spun on the error).
				if !r.noted {
					r.noted = true
					display.Current().Stream("stderr", noInputNote)
				}
				return 0, io.EOF
			}
			return 0, err
		}
		r.pending = []byte(line + "\n")
	}
	n := copy(b, r.pending)
	r.pending = r.pending[n:]
	return n, nil
}

// discard forgets what a previous cell left unread.
func (r *inputReader) discard() {
	r.mu.Lock()
	r.pending, r.noted = nil, false
	r.mu.Unlock()
	r.cancelled.Store(false)
}
