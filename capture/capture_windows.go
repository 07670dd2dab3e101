package capture

import (
	"fmt"
	"io"
	"os"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// Windows has no descriptors to take over: Start and StartOutput make
// os.Stdout and os.Stderr the write ends of pipes (and the process's
// standard handles, for what asks Windows for them), so what Go code
// writes there - fmt through the session, os.Stdout, log - is pumped to
// the sink in order. Text a C library writes through a C runtime's own
// copy of the handles is not seen.

// pollMax bounds how long an idle pump sleeps between looks at its pipe.
// Anonymous pipes cannot be waited on: the pump asks how much is unread
// (PeekNamedPipe) and reads only that, so that it marks itself busy
// before it takes bytes out (see settled).
const pollMax = 10 * time.Millisecond

var peekNamedPipe = windows.NewLazySystemDLL("kernel32.dll").NewProc("PeekNamedPipe")

// Start makes os.Stdout and os.Stderr pipes whose text is passed to sink
// with the stream name "stdout" or "stderr".
func Start(sink func(name, text string)) (*Capture, error) {
	c := &Capture{Stderr: os.Stderr, sink: sink}
	out, err := c.replace("stdout", windows.STD_OUTPUT_HANDLE)
	if err != nil {
		return nil, err
	}
	errw, err := c.replace("stderr", windows.STD_ERROR_HANDLE)
	if err != nil {
		return nil, err
	}
	os.Stdout, os.Stderr = out, errw
	return c, nil
}

// StartOutput is Start for a process whose standard error is not its own
// to take (the session worker leaves it to the Go runtime, whose crash
// reports its parent reads): it makes os.Stdout a pipe, and returns the
// write end of a new pipe for "stderr", to be made os.Stderr.
func StartOutput(sink func(name, text string)) (*Capture, *os.File, error) {
	c := &Capture{Stderr: os.Stderr, sink: sink}
	out, err := c.replace("stdout", windows.STD_OUTPUT_HANDLE)
	if err != nil {
		return nil, nil, err
	}
	os.Stdout = out
	errw, err := c.replace("stderr", 0)
	if err != nil {
		return nil, nil, err
	}
	return c, errw, nil
}

// replace makes a pipe pumped as name and returns its write end; std, if
// not 0, names the standard handle it becomes.
func (c *Capture) replace(name string, std uint32) (*os.File, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("capture: pipe: %w", err)
	}
	if std != 0 {
		if err := windows.SetStdHandle(std, windows.Handle(w.Fd())); err != nil {
			return nil, fmt.Errorf("capture: redirect %s: %w", name, err)
		}
	}
	if err := c.add(name, r, handleMarker(windows.Handle(w.Fd()))); err != nil {
		return nil, err
	}
	return w, nil
}

// dupMarker returns a second write end of w's pipe for markers, and the
// function that closes it. It is not inheritable: os/exec hands a child
// only the handles it is given, so the child never holds it.
func dupMarker(w *os.File) (func([]byte), func(), error) {
	self := windows.CurrentProcess()
	var marker windows.Handle
	if err := windows.DuplicateHandle(self, windows.Handle(w.Fd()), self, &marker, 0, false, windows.DUPLICATE_SAME_ACCESS); err != nil {
		return nil, nil, err
	}
	return handleMarker(marker), func() { windows.CloseHandle(marker) }, nil
}

// handleMarker writes markers to handle h.
func handleMarker(h windows.Handle) func([]byte) {
	return func(b []byte) {
		var n uint32
		windows.WriteFile(h, b, &n, nil)
	}
}

// read waits until the pipe holds bytes, marks the pump busy, then reads
// what it holds: see settled for why the order matters. It returns io.EOF
// once every writer is gone (Windows calls that a broken pipe).
func (p *pump) read(buf []byte) (int, error) {
	h := windows.Handle(p.rfd)
	wait := time.Millisecond
	for {
		avail, err := peek(h)
		if err == windows.ERROR_BROKEN_PIPE {
			return 0, io.EOF
		}
		if err != nil {
			return 0, err
		}
		if avail > 0 {
			p.busy.Store(true)
			var n uint32
			err := windows.ReadFile(h, buf[:min(avail, len(buf))], &n, nil)
			if err == windows.ERROR_BROKEN_PIPE {
				err = io.EOF
			}
			return int(n), err
		}
		time.Sleep(wait)
		wait = min(2*wait, pollMax)
	}
}

// unread returns how many bytes wait in the pipe h, unread by the pump.
func unread(h uintptr) int {
	n, err := peek(windows.Handle(h))
	if err != nil {
		return 1 // unknown: assume there is something
	}
	return n
}

func peek(h windows.Handle) (int, error) {
	var avail uint32
	r, _, err := peekNamedPipe.Call(uintptr(h), 0, 0, 0, uintptr(unsafe.Pointer(&avail)), 0)
	if r == 0 {
		return 0, err
	}
	return int(avail), nil
}
