package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Logger struct {
	prefix string
	w      io.Writer
	lines  int
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines++
	fmt.Fprintf(l.w, l.prefix+format+"\n", args...)
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%d/%s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Service struct {
	Base
	*Logger
	Port int
}

func (s Service) Describe() string { return "svc " + s.Base.Describe() + fmt.Sprintf(":%d", s.Port) }

type Describer interface{ Describe() string }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type ReadCloser struct {
	io.Reader
	closed bool
}

func (r *ReadCloser) Close() error { r.closed = true; return nil }

func main() {
	cw := &countingWriter{Writer: os.Stdout}
	s := Service{Base{1, "api"}, &Logger{prefix: "[api] ", w: cw}, 8080}
	s.Logf("starting %s on %d", s.Name, s.Port)
	s.Rename("gateway")
	s.Logf("renamed to %s", s.Name)
	fmt.Println(s.Describe(), "|", s.Base.Describe(), "| lines:", s.lines, "bytes:", cw.n)

	things := []Describer{s, s.Base, &s, &s.Base}
	for _, d := range things {
		fmt.Printf("%T -> %s\n", d, d.Describe())
	}

	var rc io.ReadCloser = &ReadCloser{Reader: strings.NewReader("hello, embedded world")}
	data, _ := io.ReadAll(rc)
	rc.Close()
	fmt.Println(string(data), rc.(*ReadCloser).closed)

	type Named interface{ Describe() string }
	type Point struct {
		X, Y int
	}
	type Labeled struct {
		Point
		Label string
	}
	lp := Labeled{Point{1, 2}, "origin-ish"}
	lp.X += 10
	fmt.Printf("%v %+v\n", lp, lp)
	var n Named = s
	if svc, ok := n.(Service); ok {
		fmt.Println("service port", svc.Port, svc.ID)
	}
	_, isPtr := n.(*Service)
	fmt.Println("is pointer:", isPtr)
}
