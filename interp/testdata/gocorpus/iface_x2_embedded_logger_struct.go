// Exercises: struct embedding a Logger struct; promoted methods and an override.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Service struct {
	*Logger
	Name  string
	calls int
}

func (s *Service) Handle(req string) {
	s.calls++
	s.Log("handling %q (#%d)", req, s.calls)
}

type QuietService struct {
	Service
}

func (q *QuietService) Log(format string, args ...any) {
	q.Logger.Log("[quiet] "+format, args...)
}

func main() {
	s := &Service{Logger: &Logger{prefix: "svc: "}, Name: "api"}
	s.Handle("GET /")
	s.Handle("POST /x")
	s.Log("done after %d calls", s.calls)
	fmt.Println(s.Dump())
	q := &QuietService{Service{Logger: &Logger{prefix: "q: "}}}
	q.Handle("ping")
	q.Log("direct")
	fmt.Println(q.Dump())
	fmt.Println(len(q.lines), q.prefix)
}
