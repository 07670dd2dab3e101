package main

import (
	"errors"
	"fmt"
	"strings"
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
	return func(s *Server) error {
		s.timeout = d
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

func WithTLS() Option {
	return func(s *Server) error { s.tls = true; return nil }
}

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
	for _, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("new server %q: %w", host, err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s://%s:%d (timeout=%v, max=%d)", scheme, s.host, s.port, s.timeout, s.maxConns)
	if len(s.tags) > 0 {
		fmt.Fprintf(&b, " tags=%v", s.tags)
	}
	return b.String()
}

func main() {
	cases := []struct {
		name string
		opts []Option
	}{
		{"defaults", nil},
		{"custom", []Option{WithPort(9443), WithTLS(), WithTimeout(5 * time.Second)}},
		{"tagged", []Option{WithTags("a", "b"), WithTags("c"), WithMaxConns(7)}},
		{"badport", []Option{WithPort(70000)}},
		{"badconns", []Option{WithTLS(), WithMaxConns(0)}},
	}
	for _, tc := range cases {
		s, err := NewServer("example.local", tc.opts...)
		if err != nil {
			fmt.Printf("%-9s error: %v\n", tc.name, err)
			continue
		}
		fmt.Printf("%-9s %s\n", tc.name, s)
	}
}
