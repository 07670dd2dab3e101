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
	onStart  []func(*Server) string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("port %d out of range", p)
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

func OnStart(f func(*Server) string) Option {
	return func(s *Server) error { s.onStart = append(s.onStart, f); return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConns: 100}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("new server %s: %w", host, errors.Join(errs...))
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

func (s *Server) Start() []string {
	var out []string
	for _, f := range s.onStart {
		out = append(out, f(s))
	}
	return out
}

func main() {
	base := []Option{WithTimeout(5 * time.Second), WithTags("a")}
	s1, err := NewServer("localhost", append(base, WithPort(9000), WithTLS(), OnStart(func(s *Server) string {
		return "listening on " + s.Addr()
	}))...)
	fmt.Println(err)
	fmt.Println(s1.Addr(), s1.timeout, s1.maxConns, s1.tags)
	fmt.Println(s1.Start())

	_, err = NewServer("bad", WithPort(0), WithPort(70000))
	fmt.Println(err)

	s2, _ := NewServer("example.org", base...)
	s2.tags[0] = "changed"
	s3, _ := NewServer("example.net", base...)
	fmt.Println(s2.tags, s3.tags)

	presets := map[string][]Option{
		"dev":  {WithPort(3000)},
		"prod": {WithPort(443), WithTLS(), WithTimeout(time.Minute)},
	}
	for _, env := range []string{"dev", "prod", "test"} {
		opts, ok := presets[env]
		if !ok {
			fmt.Println(env, "-> default preset")
		}
		s, _ := NewServer(env+".local", opts...)
		fmt.Printf("%-5s %s timeout=%v\n", env, s.Addr(), s.timeout)
	}

	var greeters []func() string
	for _, name := range strings.Split("ann,bo,cy", ",") {
		greeters = append(greeters, func() string { return "hi " + name })
	}
	for _, g := range greeters {
		fmt.Print(g(), "; ")
	}
	fmt.Println()
}
