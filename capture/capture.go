//go:build linux || darwin

package capture

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// Capture holds the redirected descriptors.
type Capture struct {
	// Stderr is the process's original standard error, for the program's
	// own logs.
	Stderr *os.File

	sink    func(name, text string)
	pumps   []*pump
	running sync.WaitGroup // the pumps' goroutines
	owned   []int          // marker descriptors Pipes opened, closed by Close
}

type pump struct {
	busy  atomic.Bool // a read chunk is being delivered
	name  string
	fd    int
	r     *os.File
	rfd   uintptr // r's descriptor, read once: os.File.Fd would cost a system call per use
	sink  func(name, text string)
	mu    sync.Mutex
	next  int
	acked chan int
}

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
	if err := c.add("stderr", r, int(w.Fd())); err != nil {
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
	return c.add(name, r, fd)
}

// add pumps r to the sink as name; markers for Sync are written to
// markerFd, a write end of r's pipe.
func (c *Capture) add(name string, r *os.File, markerFd int) error {
	p := &pump{name: name, fd: markerFd, r: r, sink: c.sink, acked: make(chan int, 16)}
	rc, err := r.SyscallConn()
	if err != nil {
		return fmt.Errorf("capture: pipe: %w", err)
	}
	rc.Control(func(fd uintptr) { p.rfd = fd })
	c.pumps = append(c.pumps, p)
	c.start(p)
	return nil
}

func (c *Capture) start(p *pump) {
	c.running.Add(1)
	go func() {
		defer c.running.Done()
		p.run()
	}()
}

// Pipes makes one pipe a name, for a child process: it returns the write
// ends, in the order of names, to be handed to the child (and closed here
// once it started), and pumps what the child writes into them to sink
// under the name. Sync works as with Start: the capture keeps a copy of
// each write end for its markers. Close drops those copies, after which
// the pumps end when the child and whatever inherited the pipes are gone.
func Pipes(sink func(name, text string), names ...string) (*Capture, []*os.File, error) {
	c := &Capture{sink: sink}
	var ends []*os.File
	fail := func(err error) (*Capture, []*os.File, error) {
		for _, f := range ends {
			f.Close()
		}
		c.Close()
		return nil, nil, fmt.Errorf("capture: pipe: %w", err)
	}
	for _, name := range names {
		r, w, err := os.Pipe()
		if err != nil {
			return fail(err)
		}
		ends = append(ends, w)
		marker, err := unix.Dup(int(w.Fd()))
		if err != nil {
			r.Close()
			return fail(err)
		}
		unix.CloseOnExec(marker)
		c.owned = append(c.owned, marker)
		if err := c.add(name, r, marker); err != nil {
			r.Close()
			return fail(err)
		}
	}
	return c, ends, nil
}

// Close drops the write ends Pipes kept for its markers; the pumps go on
// until every other writer has closed its end. Sync must not be called
// after Close.
func (c *Capture) Close() {
	for _, fd := range c.owned {
		unix.Close(fd)
	}
	c.owned = nil
}

// Wait waits until every pump has reached the end of its pipe, at most
// for d. It reports whether they all did; those that did closed their
// read ends.
func (c *Capture) Wait(d time.Duration) bool {
	done := make(chan struct{})
	go func() {
		c.running.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

const markerStart = "\x00gobackprop-sync:"

// Sync returns when everything written to the descriptors before the call
// has been passed to the sink, or after a second if a reader is stuck.
func (c *Capture) Sync() {
	for _, p := range c.pumps {
		if !p.settled() {
			c.syncPump(p)
		}
	}
}

func (c *Capture) syncPump(p *pump) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.next++
	n := p.next
	unix.Write(p.fd, []byte(markerStart+strconv.Itoa(n)+"\x00"))
	timeout := time.After(time.Second)
	for {
		select {
		case got := <-p.acked:
			if got >= n {
				return
			}
		case <-timeout:
			return
		}
	}
}

// settled reports whether everything written to the pipe so far has been
// delivered.
//
// The pump marks itself busy before it takes bytes out of the pipe (see
// run), so at every moment a written byte is either still in the pipe or
// the pump is busy with it: checking the pipe first, then the flag, cannot
// miss one.
func (p *pump) settled() bool { return unread(p.rfd) == 0 && !p.busy.Load() }

// Writer returns a writer for the stream name ("stdout" or "stderr") that
// delivers in-process, without a pipe, yet after whatever was written to
// the descriptors before it: a cell that mixes fmt.Println (which the Go
// session writes here) with writes to os.Stderr (a descriptor) sees its
// lines in the order it wrote them. Checking the pipes is one ioctl each;
// only when one holds text is it synced.
func (c *Capture) Writer(name string) io.Writer { return streamWriter{c, name} }

type streamWriter struct {
	c    *Capture
	name string
}

func (w streamWriter) Write(b []byte) (int, error) {
	for _, p := range w.c.pumps {
		if !p.settled() {
			w.c.syncPump(p)
		}
	}
	w.c.sink(w.name, string(b))
	return len(b), nil
}

func (p *pump) run() {
	rc, err := p.r.SyscallConn()
	if err != nil {
		return
	}
	buf := make([]byte, 64<<10)
	var pending []byte
	for {
		var n int
		var rerr error
		// Wait until the pipe is readable, mark busy, then read: see
		// settled for why the order matters.
		// (Reading an empty pipe is how its end shows: 0 bytes once
		// every writer is gone, EAGAIN before.)
		err := rc.Read(func(fd uintptr) bool {
			p.busy.Store(true)
			n, rerr = unix.Read(int(fd), buf)
			if rerr == unix.EAGAIN {
				p.busy.Store(false)
				return false
			}
			return true
		})
		if n > 0 {
			pending = append(pending, buf[:n]...)
			pending = p.deliver(pending)
		}
		p.busy.Store(len(pending) > 0)
		if err != nil || rerr != nil || n == 0 {
			if len(pending) > 0 {
				p.sink(p.name, string(pending)) // a marker's start the writer never finished
			}
			p.busy.Store(false)
			p.r.Close()
			return
		}
	}
}

// deliver passes on the text of data and acknowledges the markers in it;
// it returns what must wait for more bytes (a marker cut in two).
func (p *pump) deliver(data []byte) []byte {
	for len(data) > 0 {
		i := bytes.IndexByte(data, 0)
		if i < 0 {
			p.sink(p.name, string(data))
			return nil
		}
		if i > 0 {
			p.sink(p.name, string(data[:i]))
			data = data[i:]
		}
		// data starts with a NUL: a marker, the start of one, or a NUL the
		// program printed.
		if len(data) < len(markerStart) {
			if bytes.HasPrefix([]byte(markerStart), data) {
				return data
			}
		} else if bytes.HasPrefix(data, []byte(markerStart)) {
			end := bytes.IndexByte(data[len(markerStart):], 0)
			if end < 0 {
				return data
			}
			n, _ := strconv.Atoi(string(data[len(markerStart) : len(markerStart)+end]))
			select {
			case p.acked <- n:
			default:
			}
			data = data[len(markerStart)+end+1:]
			continue
		}
		p.sink(p.name, string(data[:1]))
		data = data[1:]
	}
	return nil
}
