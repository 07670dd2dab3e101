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
	"unsafe"
)

// Capture holds the redirected descriptors.
type Capture struct {
	// Stderr is the process's original standard error, for the program's
	// own logs.
	Stderr *os.File

	sink  func(name, text string)
	pumps []*pump
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
	orig, err := syscall.Dup(2)
	if err != nil {
		return nil, fmt.Errorf("capture: dup stderr: %w", err)
	}
	c := &Capture{Stderr: os.NewFile(uintptr(orig), "stderr"), sink: sink}
	for _, s := range []struct {
		name string
		fd   int
	}{{"stdout", 1}, {"stderr", 2}} {
		r, w, err := os.Pipe()
		if err != nil {
			return nil, fmt.Errorf("capture: pipe: %w", err)
		}
		if err := syscall.Dup3(int(w.Fd()), s.fd, 0); err != nil {
			return nil, fmt.Errorf("capture: redirect %s: %w", s.name, err)
		}
		w.Close()
		p := &pump{name: s.name, fd: s.fd, r: r, sink: sink, acked: make(chan int, 16)}
		rc, err := r.SyscallConn()
		if err != nil {
			return nil, fmt.Errorf("capture: pipe: %w", err)
		}
		rc.Control(func(fd uintptr) { p.rfd = fd })
		c.pumps = append(c.pumps, p)
		go p.run()
	}
	return c, nil
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
	syscall.Write(p.fd, []byte(markerStart+strconv.Itoa(n)+"\x00"))
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

// unread returns how many bytes wait in the pipe fd, unread by the pump.
func unread(fd uintptr) int {
	var n int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TIOCINQ, uintptr(unsafe.Pointer(&n)))
	if errno != 0 {
		return 1 // unknown: assume there is something
	}
	return int(n)
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
		err := rc.Read(func(fd uintptr) bool {
			if unread(fd) == 0 {
				return false
			}
			p.busy.Store(true)
			n, rerr = syscall.Read(int(fd), buf)
			if rerr == syscall.EAGAIN {
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
