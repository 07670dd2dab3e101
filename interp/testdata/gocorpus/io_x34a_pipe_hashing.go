package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"sync"
)

type progress struct {
	mu    sync.Mutex
	total int64
	marks []int64
}

func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	before := p.total / 1000
	p.total += int64(len(b))
	if after := p.total / 1000; after != before {
		p.marks = append(p.marks, after*1000)
	}
	return len(b), nil
}

func produce(w *io.PipeWriter, parts int) {
	defer w.Close()
	for i := 0; i < parts; i++ {
		line := fmt.Sprintf("record %04d %s\n", i, strings.Repeat("x", i%7))
		if _, err := io.WriteString(w, line); err != nil {
			return
		}
	}
}

func main() {
	pr, pw := io.Pipe()
	go produce(pw, 200)

	h := sha256.New()
	prog := &progress{}
	var head bytes.Buffer
	tee := io.TeeReader(pr, io.MultiWriter(h, prog))
	n, err := io.CopyN(&head, tee, 32)
	fmt.Println("head:", n, err, strings.ReplaceAll(head.String(), "\n", "|"))
	rest, err := io.Copy(io.Discard, tee)
	fmt.Println("rest:", rest, err)
	fmt.Println("sha256:", hex.EncodeToString(h.Sum(nil)))
	fmt.Println("progress marks:", prog.marks, "total:", prog.total)

	// hash the same stream directly to compare
	var all bytes.Buffer
	pr2, pw2 := io.Pipe()
	go produce(pw2, 200)
	io.Copy(&all, pr2)
	direct := sha256.Sum256(all.Bytes())
	fmt.Println("same digest:", hex.EncodeToString(direct[:]) == hex.EncodeToString(h.Sum(nil)))

	// reader closes early: writer sees the error
	pr3, pw3 := io.Pipe()
	errc := make(chan error, 1)
	go func() {
		_, err := io.WriteString(pw3, strings.Repeat("z", 100))
		errc <- err
	}()
	small := make([]byte, 10)
	io.ReadFull(pr3, small)
	pr3.CloseWithError(io.ErrClosedPipe)
	fmt.Println("writer error:", <-errc, string(small))

	rs := strings.NewReader("seekable content")
	rs.Seek(-7, io.SeekEnd)
	tail, _ := io.ReadAll(rs)
	pos, _ := rs.Seek(0, io.SeekCurrent)
	fmt.Printf("%q %d %d\n", tail, pos, rs.Size())
	var w io.Writer = &bytes.Buffer{}
	sw, ok := w.(io.StringWriter)
	fmt.Println(ok, sw != nil)
	off := io.NewOffsetWriter(&fixedBuf{}, 2)
	fmt.Println(off.Write([]byte("ab")))
}

type fixedBuf struct{ b [8]byte }

func (f *fixedBuf) WriteAt(p []byte, off int64) (int, error) {
	if off+int64(len(p)) > int64(len(f.b)) {
		return 0, io.ErrShortWrite
	}
	return copy(f.b[off:], p), nil
}
