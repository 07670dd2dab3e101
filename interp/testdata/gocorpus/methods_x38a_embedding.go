package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b Base) Sound() string    { return "..." }
func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

type Dog struct {
	Base
	Tricks []string
}

func (Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
	Lives int
}

func (c Cat) Sound() string { return strings.Repeat("meow ", 2)[:9] }

// Job embeds a *Logger, promoting Logf.
type Job struct {
	Command string
	*Logger
}

func (j *Job) Run() {
	j.Logf("starting %q", j.Command)
	j.Logf("done")
}

// countingWriter embeds an io.Writer and overrides Write.
type countingWriter struct {
	io.Writer
	n int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	n, err := w.Writer.Write(p)
	w.n += n
	return n, err
}

type ReadWriter interface {
	io.Reader
	io.Writer
}

type upperBuf struct{ strings.Builder }

func (u *upperBuf) Read(p []byte) (int, error) { return 0, io.EOF }

func (u *upperBuf) WriteString(s string) (int, error) {
	return u.Builder.WriteString(strings.ToUpper(s))
}

func main() {
	d := Dog{Base{"rex"}, []string{"sit"}}
	c := Cat{&Base{"tom"}, 9}
	animals := []Animal{d, c, Base{"blob"}}
	for _, a := range animals {
		fmt.Printf("%-5s %-10q %T\n", a.Name(), a.Sound(), a)
	}
	// Describe is Base's method and calls Base.Sound, not Dog's.
	fmt.Println(d.Describe(), "|", c.Describe())
	fmt.Println(d.Base.Sound(), d.name, c.name)
	fmt.Printf("%+v\n", d)

	job := &Job{Command: "make", Logger: &Logger{prefix: "job: "}}
	job.Run()
	fmt.Println(strings.Join(job.lines, "\n"))

	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "more\n")
	fmt.Print(sb.String())
	fmt.Println("counted", cw.n)

	var rw ReadWriter = &upperBuf{}
	io.WriteString(rw, "shout ")
	fmt.Fprint(rw, "quiet")
	fmt.Println(rw.(*upperBuf).String())
	_, err := rw.Read(make([]byte, 1))
	fmt.Println(err)

	type Named interface{ Name() string }
	var n Named = c
	if a, ok := n.(Animal); ok {
		fmt.Println("cat is an animal:", a.Sound())
	}
	_, isDescr := n.(interface{ Describe() string })
	fmt.Println("describable:", isDescr)
}
