package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Logger interface {
	Log(format string, args ...any)
}

type prefixLogger struct {
	w      io.Writer
	prefix string
	n      int
}

func (p *prefixLogger) Log(format string, args ...any) {
	p.n++
	fmt.Fprintf(p.w, "%s#%d "+format+"\n", append([]any{p.prefix, p.n}, args...)...)
}

type multiLogger []Logger

func (m multiLogger) Log(format string, args ...any) {
	for _, l := range m {
		l.Log(format, args...)
	}
}

type Service struct {
	Logger
	name string
}

func (s Service) Start() { s.Log("starting %s", s.name) }

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type countingWriter struct {
	bytes, writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.writes++
	return len(p), nil
}

func main() {
	var buf strings.Builder
	cw := &countingWriter{}
	l1 := &prefixLogger{w: os.Stdout, prefix: "[out]"}
	l2 := &prefixLogger{w: &buf, prefix: "[buf]"}
	l3 := &prefixLogger{w: upperWriter{os.Stdout}, prefix: "[up]"}
	l4 := &prefixLogger{w: io.MultiWriter(cw, &buf), prefix: "[multi]"}
	svc := Service{multiLogger{l1, l2, l3, l4}, "db"}
	svc.Start()
	svc.Log("%d items, %.1f%% done, ok=%v", 3, 42.5, true)
	fmt.Print(buf.String())
	fmt.Println(cw.bytes, cw.writes, l1.n, l4.n)
	var w io.Writer = cw
	if _, ok := w.(io.Reader); !ok {
		fmt.Println("not a reader")
	}
	if s, ok := w.(fmt.Stringer); ok {
		fmt.Println("stringer", s)
	} else {
		fmt.Printf("%T %+v\n", w, w)
	}
	r := io.TeeReader(strings.NewReader("tee data"), upperWriter{os.Stdout})
	data, _ := io.ReadAll(r)
	fmt.Println("|", string(data))
}
