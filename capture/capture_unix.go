//go:build linux || darwin

package capture

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// Start redirects descriptors 1 and 2 to pipes whose text is passed to
// sink with the stream name "stdout" or "stderr".
func Start(sink func(name, text string)) (*Capture, error) {
	c, err := redirect(sink, "stdout", 1)
	if err != nil {
		return nil, err
	}
	if err := c.redirect("stderr", 2); err != nil {
		return nil, err
	}
	return c, nil
}

// StartOutput is Start for a process whose descriptor 2 is not its own
// to take (the session worker leaves it to the Go runtime, whose crash
// reports its parent reads): it redirects descriptor 1, and returns the
// write end of a new pipe for "stderr", to be made os.Stderr.
func StartOutput(sink func(name, text string)) (*Capture, *os.File, error) {
	c, err := redirect(sink, "stdout", 1)
	if err != nil {
		return nil, nil, err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, nil, fmt.Errorf("capture: pipe: %w", err)
	}
	if err := c.add("stderr", r, fdMarker(int(w.Fd()))); err != nil {
		return nil, nil, err
	}
	return c, w, nil
}

// redirect makes a Capture that takes over descriptor fd as name.
func redirect(sink func(name, text string), name string, fd int) (*Capture, error) {
	orig, err := unix.Dup(2)
	if err != nil {
		return nil, fmt.Errorf("capture: dup stderr: %w", err)
	}
	c := &Capture{Stderr: os.NewFile(uintptr(orig), "stderr"), sink: sink}
	if err := c.redirect(name, fd); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Capture) redirect(name string, fd int) error {
	r, w, err := os.Pipe()
	if err != nil {
		return fmt.Errorf("capture: pipe: %w", err)
	}
	if err := moveFd(int(w.Fd()), fd); err != nil {
		return fmt.Errorf("capture: redirect %s: %w", name, err)
	}
	w.Close()
	return c.add(name, r, fdMarker(fd))
}

// dupMarker returns a second write end of w's pipe for markers, and the
// function that closes it; a program the process starts does not inherit
// it.
func dupMarker(w *os.File) (func([]byte), func(), error) {
	marker, err := unix.Dup(int(w.Fd()))
	if err != nil {
		return nil, nil, err
	}
	unix.CloseOnExec(marker)
	return fdMarker(marker), func() { unix.Close(marker) }, nil
}

// fdMarker writes markers to descriptor fd.
func fdMarker(fd int) func([]byte) {
	return func(b []byte) { unix.Write(fd, b) }
}

// read waits until the pipe is readable, marks the pump busy, then reads:
// see settled for why the order matters. It returns io.EOF once every
// writer is gone.
func (p *pump) read(buf []byte) (int, error) {
	var n int
	var rerr error
	// (Reading an empty pipe is how its end shows: 0 bytes once every
	// writer is gone, EAGAIN before.)
	err := p.rc.Read(func(fd uintptr) bool {
		p.busy.Store(true)
		n, rerr = unix.Read(int(fd), buf)
		if rerr == unix.EAGAIN {
			p.busy.Store(false)
			return false
		}
		return true
	})
	switch {
	case err != nil:
		return max(n, 0), err
	case rerr != nil:
		return max(n, 0), rerr
	case n == 0:
		return 0, io.EOF
	}
	return n, nil
}
