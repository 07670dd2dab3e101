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
			return errors.New("max conns must be positive")
		}
		s.maxConns = n
		return nil
	}
}

func WithTLS() Option {
	return func(s *Server) error {
		s.tls = true
		if s.port == 80 {
			s.port = 443
		}
		return nil
	}
}

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v conns=%d tags=[%s]",
		scheme, s.host, s.port, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

func main() {
	configs := [][]Option{
		nil,
		{WithPort(8080), WithTimeout(5 * time.Second)},
		{WithTLS(), WithTags("prod", "eu"), WithTags("canary")},
		{WithMaxConns(0)},
		{WithPort(70000), WithTLS()},
		{WithPort(8443), WithTLS(), WithMaxConns(1000), WithTimeout(1500 * time.Millisecond)},
	}
	for i, opts := range configs {
		s, err := NewServer(fmt.Sprintf("svc%d.local", i), opts...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s)
	}

	defaults := []Option{WithPort(9000), WithTags("default")}
	custom := append(defaults[:len(defaults):len(defaults)], WithTags("extra"))
	a, _ := NewServer("a", defaults...)
	b, _ := NewServer("b", custom...)
	fmt.Println(len(defaults), len(custom))
	fmt.Println(a)
	fmt.Println(b)
	fmt.Printf("%+v\n", *a)
}
