package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger interface {
	Logf(format string, args ...any)
}

type writerLogger struct {
	w      io.Writer
	prefix string
	n      int
}

func (l *writerLogger) Logf(format string, args ...any) {
	l.n++
	fmt.Fprintf(l.w, "%s[%02d] %s\n", l.prefix, l.n, fmt.Sprintf(format, args...))
}

type nopLogger struct{}

func (nopLogger) Logf(string, ...any) {}

// Service embeds a Logger so callers can use s.Logf directly.
type Service struct {
	Logger
	name  string
	state map[string]int
}

func NewService(name string, l Logger) *Service {
	if l == nil {
		l = nopLogger{}
	}
	return &Service{Logger: l, name: name, state: map[string]int{}}
}

func (s *Service) Inc(key string, by int) int {
	s.state[key] += by
	s.Logf("%s: %s += %d -> %d", s.name, key, by, s.state[key])
	return s.state[key]
}

// auditService overrides Inc while reusing the embedded one.
type auditService struct {
	*Service
	audit []string
}

func (a *auditService) Inc(key string, by int) int {
	a.audit = append(a.audit, fmt.Sprintf("%s:%+d", key, by))
	return a.Service.Inc(key, by)
}

type Incrementer interface {
	Inc(key string, by int) int
}

func apply(i Incrementer, ops map[string]int, order []string) int {
	last := 0
	for _, k := range order {
		last = i.Inc(k, ops[k])
	}
	return last
}

func main() {
	var buf strings.Builder
	wl := &writerLogger{w: &buf, prefix: "svc"}
	s := NewService("counter", wl)
	a := &auditService{Service: s}
	ops := map[string]int{"x": 2, "y": -1, "z": 5}
	fmt.Println(apply(a, ops, []string{"x", "y", "x", "z"}))
	fmt.Print(buf.String())
	fmt.Println(a.audit, wl.n)
	quiet := NewService("quiet", nil)
	fmt.Println(apply(quiet, ops, []string{"z", "z"}))
	fmt.Printf("%T %T %v\n", quiet.Logger, a.Logger, quiet.state)
	var inc Incrementer = a
	_, isSvc := inc.(*Service)
	_, isAudit := inc.(*auditService)
	fmt.Println(isSvc, isAudit)
	fmt.Printf("%+v\n", struct {
		Prefix string
		N      int
	}{wl.prefix, wl.n})
}
