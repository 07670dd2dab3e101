package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Logger struct {
	prefix string
	w      io.Writer
	lines  int
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines++
	fmt.Fprintf(l.w, "%s%03d "+format+"\n", append([]any{l.prefix, l.lines}, args...)...)
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Service struct {
	Base
	*Logger
	Deps []string
}

func (s Service) Describe() string {
	return "service " + s.Base.Describe() + " deps=" + strings.Join(s.Deps, ",")
}

type Describer interface{ Describe() string }

type CountingWriter struct {
	io.Writer
	N int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.N += n
	return n, err
}

type ReadWriter interface {
	io.Reader
	io.Writer
}

func main() {
	var buf bytes.Buffer
	cw := &CountingWriter{Writer: &buf}
	log := &Logger{prefix: "[svc] ", w: cw}
	s := Service{Base: Base{1, "auth"}, Logger: log, Deps: []string{"db", "cache"}}
	s.Logf("starting %s", s.Name)
	s.Rename("authz")
	s.Logf("renamed to %q", s.Name)
	ds := []Describer{s, s.Base, &s, Base{2, "x"}}
	for _, d := range ds {
		fmt.Printf("%T => %s\n", d, d.Describe())
	}
	s.Logf("lines so far: %d", s.lines)
	fmt.Print(buf.String())
	fmt.Println("bytes written:", cw.N)

	var rw ReadWriter = &bytes.Buffer{}
	fmt.Fprintf(rw, "hello %d", 42)
	data, _ := io.ReadAll(rw)
	fmt.Printf("%q\n", data)

	f := s.Base.Describe
	s.Rename("late")
	fmt.Println(f(), s.Describe())
	g := (*Base).Rename
	g(&s.Base, "method-expr")
	fmt.Println(Base.Describe(s.Base))
	fmt.Printf("%+v\n", s.Base)
}
