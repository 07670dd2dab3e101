// Exercises: functional options returning errors, named func type, variadic options, defaults, Stringer
package main

import (
	"fmt"
	"time"
)

// Server's zero values are not its defaults: NewServer sets those.
type Server struct {
	tls     bool
	port    int
	host    string
	timeout time.Duration
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("bad port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
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
	return fmt.Sprintf("%s://%s:%d (timeout %v)", scheme, s.host, s.port, s.timeout)
}

func main() {
	a, _ := NewServer("localhost")
	b, _ := NewServer("example.org", WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond))
	fmt.Println(a)
	fmt.Println(b)
	opts := []Option{WithPort(1), WithPort(2)}
	c, _ := NewServer("x", opts...)
	_, err := NewServer("y", WithTLS(), WithPort(70000))
	fmt.Println(err)
	fmt.Printf("%v %d\n", c, c.port)
	var st fmt.Stringer = c
	fmt.Println(st.String() == c.String())
}
