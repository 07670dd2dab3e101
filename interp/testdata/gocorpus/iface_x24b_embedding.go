package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Logger interface {
	Log(string)
}

type prefixLogger struct {
	prefix string
	out    *[]string
}

func (p prefixLogger) Log(s string) { *p.out = append(*p.out, p.prefix+s) }

type Service struct {
	Logger
	name string
}

func (s *Service) Run() { s.Log("running " + s.name) }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type Animal interface{ Sound() string }
type Dog struct{}
type Loud struct{ Animal }

func (Dog) Sound() string    { return "woof" }
func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type ReadWriteNamer interface {
	io.ReadWriter
	Name() string
}

type pipe struct {
	bytes.Buffer
}

func (*pipe) Name() string { return "pipe" }

func main() {
	var lines []string
	svc := &Service{prefixLogger{"[svc] ", &lines}, "api"}
	svc.Run()
	svc.Logger = prefixLogger{"[v2] ", &lines}
	svc.Run()
	fmt.Println(strings.Join(lines, "\n"))

	var buf bytes.Buffer
	cw := &countingWriter{Writer: &buf}
	fmt.Fprintf(cw, "hello %s, %d\n", "world", 42)
	io.WriteString(cw, "more")
	fmt.Printf("%q %d\n", buf.String(), cw.n)

	data, _ := io.ReadAll(upperReader{strings.NewReader("quiet please")})
	fmt.Println(string(data))
	var a Animal = Loud{Loud{Dog{}}}
	fmt.Println(a.Sound())

	var rwn ReadWriteNamer = &pipe{}
	rwn.Write([]byte("abc"))
	b := make([]byte, 2)
	n, _ := rwn.Read(b)
	fmt.Println(rwn.Name(), n, string(b[:n]))
	_, isStringer := rwn.(fmt.Stringer)
	fmt.Println("stringer:", isStringer, rwn.(fmt.Stringer).String())

	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("cw is a StringWriter")
	} else {
		fmt.Println("cw is not a StringWriter")
	}
	var nilSvc *Service
	fmt.Println(nilSvc == nil, svc.Logger != nil)
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	rest, _ := io.ReadAll(io.MultiReader(lr, strings.NewReader("-end")))
	fmt.Println(string(rest))
}
