package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// limitedWriter fails once more than max bytes were written.
type limitedWriter struct {
	sb  strings.Builder
	max int
}

var errFull = errors.New("writer full")

func (w *limitedWriter) Write(p []byte) (int, error) {
	if w.sb.Len()+len(p) > w.max {
		n := w.max - w.sb.Len()
		w.sb.Write(p[:n])
		return n, errFull
	}
	return w.sb.Write(p)
}

// errWriter remembers the first error and turns later writes into no-ops.
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

func (ew *errWriter) printf(format string, args ...any) {
	ew.write(fmt.Sprintf(format, args...))
}

type point struct{ X, Y int }

func render(w io.Writer, pts []point) (int, error) {
	ew := &errWriter{w: w}
	ew.write("points:\n")
	for i, p := range pts {
		ew.printf("  %d: (%d, %d)\n", i, p.X, p.Y)
	}
	ew.write("end\n")
	if ew.err != nil {
		return ew.n, fmt.Errorf("render: %w", ew.err)
	}
	return ew.n, nil
}

func main() {
	pts := []point{{1, 2}, {3, 4}, {10, -7}}

	big := &limitedWriter{max: 1000}
	n, err := render(big, pts)
	fmt.Printf("wrote %d bytes, err=%v\n", n, err)
	fmt.Print(big.sb.String())

	small := &limitedWriter{max: 30}
	n, err = render(small, pts)
	fmt.Printf("wrote %d bytes, err=%v\n", n, err)
	fmt.Printf("%q\n", small.sb.String())
	if errors.Is(err, errFull) {
		fmt.Println("the writer ran out of room")
	}

	// The same idea with a scanner-like loop: errors are values you can program with.
	type step struct {
		name string
		fn   func() error
	}
	var trace []string
	steps := []step{
		{"open", func() error { return nil }},
		{"parse", func() error { return errors.New("unexpected token") }},
		{"close", func() error { return nil }},
	}
	var firstErr error
	for _, s := range steps {
		if firstErr != nil {
			trace = append(trace, s.name+":skipped")
			continue
		}
		if err := s.fn(); err != nil {
			firstErr = fmt.Errorf("%s: %w", s.name, err)
			trace = append(trace, s.name+":failed")
			continue
		}
		trace = append(trace, s.name+":ok")
	}
	fmt.Println(strings.Join(trace, " "))
	fmt.Println("first error:", firstErr)
}
