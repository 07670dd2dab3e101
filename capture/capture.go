package capture

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Capture holds the redirected descriptors.
type Capture struct {
	// Stderr is the process's original standard error, for the program's
	// own logs.
	Stderr *os.File

	sink    func(name, text string)
	pumps   []*pump
	running sync.WaitGroup // the pumps' goroutines
	owned   []func()       // closes the marker ends Pipes opened
}

type pump struct {
	busy  atomic.Bool // a read chunk is being delivered
	name  string
	mark  func([]byte) // writes a marker into the pipe (sys_*.go)
	r     *os.File
	rc    syscall.RawConn
	rfd   uintptr // r's descriptor, read once: os.File.Fd would cost a system call per use
	sink  func(name, text string)
	mu    sync.Mutex
	next  int
	acked chan int
}

// add pumps r to the sink as name; mark writes the markers for Sync
// into a write end of r's pipe.
func (c *Capture) add(name string, r *os.File, mark func([]byte)) error {
	p := &pump{name: name, mark: mark, r: r, sink: c.sink, acked: make(chan int, 16)}
	rc, err := r.SyscallConn()
	if err != nil {
		return fmt.Errorf("capture: pipe: %w", err)
	}
	p.rc = rc
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
		mark, closeMark, err := dupMarker(w)
		if err != nil {
			r.Close()
			return fail(err)
		}
		c.owned = append(c.owned, closeMark)
		if err := c.add(name, r, mark); err != nil {
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
	for _, close := range c.owned {
		close()
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
	p.mark([]byte(markerStart + strconv.Itoa(n) + "\x00"))
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
	buf := make([]byte, 64<<10)
	var pending []byte
	for {
		n, err := p.read(buf)
		if n > 0 {
			pending = append(pending, buf[:n]...)
			pending = p.deliver(pending)
		}
		p.busy.Store(len(pending) > 0)
		if err != nil {
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
