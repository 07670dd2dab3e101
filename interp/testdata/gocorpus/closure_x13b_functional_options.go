package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	addr     string
	timeout  time.Duration
	maxConns int
	tls      bool
	tags     []string
	logger   func(string)
}

type Option func(*Server) error

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		if d <= 0 {
			return fmt.Errorf("timeout must be positive, got %v", d)
		}
		s.timeout = d
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		if n < 1 || n > 10000 {
			return errors.New("maxConns out of range")
		}
		s.maxConns = n
		return nil
	}
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func WithLogger(prefix string, sink *[]string) Option {
	return func(s *Server) error {
		s.logger = func(msg string) { *sink = append(*sink, prefix+msg) }
		return nil
	}
}

func NewServer(addr string, opts ...Option) (*Server, error) {
	s := &Server{addr: addr, timeout: 30 * time.Second, maxConns: 100, logger: func(string) {}}
	var errs []error
	for i, opt := range opts {
		if err := opt(s); err != nil {
			errs = append(errs, fmt.Errorf("option %d: %w", i, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("new server %s: %w", addr, err)
	}
	s.logger("configured " + s.String())
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s timeout=%v max=%d tags=[%s]", scheme, s.addr, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

func main() {
	var logs []string
	s1, err := NewServer(":8080")
	fmt.Println(s1, err)
	s2, err := NewServer(":8443", WithTLS(), WithTimeout(1500*time.Millisecond), WithTags("api", "v2"), WithTags("edge"), WithLogger("[srv] ", &logs))
	fmt.Println(s2, err)
	s3, err := NewServer(":9", WithMaxConns(0), WithTimeout(-time.Second), WithTLS())
	fmt.Println(s3 == nil)
	fmt.Println(err)
	defaults := []Option{WithTimeout(time.Minute), WithMaxConns(5)}
	s4, _ := NewServer("localhost:1", append(defaults, WithMaxConns(7), WithLogger("[s4] ", &logs))...)
	fmt.Println(s4.maxConns, s4.timeout, s4.timeout.Seconds())
	fmt.Println(strings.Join(logs, "\n"))
}
