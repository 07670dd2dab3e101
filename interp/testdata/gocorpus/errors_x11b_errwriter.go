// Exercises: errors are values - an errWriter that remembers the first error, io.Writer implementation failing after N bytes
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type limitedWriter struct {
	sb    strings.Builder
	limit int
}

var errFull = errors.New("device full")

func (w *limitedWriter) Write(p []byte) (int, error) {
	room := w.limit - w.sb.Len()
	if len(p) > room {
		w.sb.Write(p[:room])
		return room, errFull
	}
	return w.sb.Write(p)
}

type errWriter struct {
	w   io.Writer
	n   int
	err error
}

func (ew *errWriter) write(s string) {
	if ew.err != nil {
		return
	}
	var n int
	n, ew.err = io.WriteString(ew.w, s)
	ew.n += n
}

func report(limit int) {
	lw := &limitedWriter{limit: limit}
	ew := &errWriter{w: lw}
	ew.write("header;")
	ew.write("body-1;")
	ew.write("body-2;")
	ew.write("trailer")
	if ew.err != nil {
		fmt.Printf("limit %d: wrote %d (%q) then %v\n", limit, ew.n, lw.sb.String(), ew.err)
		return
	}
	fmt.Printf("limit %d: ok %d bytes\n", limit, ew.n)
}

func main() {
	report(100)
	report(10)
	report(14)
	report(0)
}
