package main

import (
	"errors"
	"fmt"
	"strings"
)

type Server struct {
	host     string
	port     int
	maxConns int
	tls      bool
	tags     []string
	logf     func(string, ...any)
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		s.maxConns = n
		return nil
	}
}

func WithTLS() Option {
	return func(s *Server) error { s.tls = true; return nil }
}

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func WithLogger(prefix string, sink *strings.Builder) Option {
	return func(s *Server) error {
		s.logf = func(format string, args ...any) {
			fmt.Fprintf(sink, prefix+format+"\n", args...)
		}
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, maxConns: 100, logf: func(string, ...any) {}}
	var errs []error
	for _, opt := range opts {
		if err := opt(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("NewServer(%q): %w", host, err)
	}
	s.logf("configured %s:%d", s.host, s.port)
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (max %d) %v", scheme, s.host, s.port, s.maxConns, s.tags)
}

// counter shows closures capturing and sharing state.
func counter() (inc func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	reset = func() { n = 0 }
	return
}

func main() {
	var log strings.Builder
	s1, _ := NewServer("localhost")
	s2, _ := NewServer("example.com", WithPort(8443), WithTLS(), WithTags("edge", "eu"),
		WithLogger("[srv] ", &log), WithMaxConns(10))
	fmt.Println(s1)
	fmt.Println(s2)
	_, err := NewServer("bad", WithPort(0), WithPort(70000))
	fmt.Println(err)
	fmt.Print(log.String())

	inc, reset := counter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())

	var funcs []func() string
	for _, name := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return strings.Repeat(name, 2) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), len(memo))
}
