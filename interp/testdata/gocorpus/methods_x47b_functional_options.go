package main

import (
	"errors"
	"fmt"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      bool
	tags     []string
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

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		if n < 1 {
			return errors.New("maxConns must be positive")
		}
		s.maxConns = n
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("new server %q: %w", host, errors.Join(errs...))
	}
	return s, nil
}

func (s *Server) Addr() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d", scheme, s.host, s.port)
}

func (s Server) String() string {
	return fmt.Sprintf("Server{%s timeout=%v max=%d tags=%v}", s.Addr(), s.timeout, s.maxConns, s.tags)
}

func main() {
	s1, err := NewServer("localhost")
	fmt.Println(s1, err)
	s2, err := NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond),
		WithTags("prod", "eu"), WithTags("v2"))
	fmt.Println(s2, err)
	fmt.Println(*s2)
	_, err = NewServer("bad", WithPort(70000), WithMaxConns(0), WithTLS())
	fmt.Println(err)
	defaults := []Option{WithTimeout(time.Minute), WithMaxConns(5)}
	s3, _ := NewServer("x", append(defaults, WithPort(9000))...)
	fmt.Printf("%s %v %d\n", s3.Addr(), s3.timeout, s3.maxConns)
	fmt.Println(time.Duration(90)*time.Second, 2*time.Hour+3*time.Millisecond)
}
