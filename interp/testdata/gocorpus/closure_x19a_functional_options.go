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
	tls      bool
	handlers []string
	logger   func(string)
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

func WithHandlers(names ...string) Option {
	return func(s *Server) error {
		s.handlers = append(s.handlers, names...)
		return nil
	}
}

func WithLogger(prefix string, out *[]string) Option {
	return func(s *Server) error {
		s.logger = func(m string) { *out = append(*out, prefix+m) }
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, logger: func(string) {}}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("new server %s: %w", host, err)
	}
	s.logger("configured " + s.String())
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v handlers=[%s]", scheme, s.host, s.port, s.timeout, strings.Join(s.handlers, ","))
}

func main() {
	var logs []string
	s1, err := NewServer("localhost")
	fmt.Println(s1, err)
	s2, err := NewServer("api.example.com", WithPort(443), WithTLS(), WithTimeout(1500*time.Millisecond),
		WithHandlers("/a", "/b"), WithHandlers("/c"), WithLogger("[api] ", &logs))
	fmt.Println(s2, err)
	_, err = NewServer("bad", WithPort(0), WithPort(70000), WithTLS())
	fmt.Println(err)
	defaults := []Option{WithTimeout(time.Minute), WithLogger("[d] ", &logs)}
	s3, _ := NewServer("x", append(defaults, WithPort(9000))...)
	fmt.Println(s3.timeout, s3.port)
	fmt.Println(strings.Join(logs, "\n"))
}
