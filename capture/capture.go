// Package capture routes the process's standard output and error (file
// descriptors 1 and 2) to a function, so that everything a cell prints -
// through fmt, through os.Stdout, or from compiled code and C libraries
// writing to the descriptors directly - reaches the notebook, in order.
//
// # Sync
//
// Text written to a descriptor travels through a pipe before it is read.
// Sync writes a marker into each pipe and waits until the reader has seen
// it: everything written before the call has then been delivered. A
// session calls it at the end of every cell, so that a cell's output never
// arrives after the kernel reported the cell finished.
package capture

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// Capture holds the redirected descriptors.
type Capture struct {
	// Stderr is the process's original standard error, for the program's
	// own logs.
	Stderr *os.File

	pumps []*pump
}

type pump struct {
	name  string
	fd    int
	r     *os.File
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
	c := &Capture{Stderr: os.NewFile(uintptr(orig), "stderr")}
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
		p.mu.Lock()
		p.next++
		n := p.next
		p.mu.Unlock()
		syscall.Write(p.fd, []byte(markerStart+strconv.Itoa(n)+"\x00"))
		timeout := time.After(time.Second)
	wait:
		for {
			select {
			case got := <-p.acked:
				if got >= n {
					break wait
				}
			case <-timeout:
				break wait
			}
		}
	}
}

func (p *pump) run() {
	buf := make([]byte, 64<<10)
	var pending []byte
	for {
		n, err := p.r.Read(buf)
		if n > 0 {
			pending = append(pending, buf[:n]...)
			pending = p.deliver(pending)
		}
		if err != nil {
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
