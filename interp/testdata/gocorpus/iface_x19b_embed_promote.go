package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Store struct {
	items []string
}

func (s *Store) Write(v string) { s.items = append(s.items, v) }
func (s *Store) Read() string {
	if len(s.items) == 0 {
		return ""
	}
	v := s.items[0]
	s.items = s.items[1:]
	return v
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }
func (l *Logger) Read() string   { return "logger-read" }

type Service struct {
	*Store
	Logger
	Name string
}

// Service.Read would be ambiguous (Store.Read and Logger.Read at same depth), so define it.
func (s *Service) Read() string {
	v := s.Store.Read()
	s.Log("read " + v)
	return v
}

type upper struct {
	io.Reader
}

func (u upper) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	svc := &Service{Store: &Store{}, Logger: Logger{prefix: "[svc] "}, Name: "q"}
	var rw ReadWriter = svc
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), svc.Read(), len(svc.items))
	fmt.Println(svc.lines)
	fmt.Println(svc.Logger.Read())

	var w Writer = rw
	w.Write("c")
	if r, ok := w.(Reader); ok {
		fmt.Println("writer is also reader:", r.Read())
	}

	data, _ := io.ReadAll(upper{strings.NewReader("hello embedded")})
	fmt.Println(string(data))

	fmt.Printf("%T %T\n", rw, w)
	_, isLogger := any(svc.Logger).(interface{ Log(string) })
	_, isLoggerPtr := any(&svc.Logger).(interface{ Log(string) })
	fmt.Println(isLogger, isLoggerPtr)
}
