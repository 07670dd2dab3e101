package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Logger interface {
	Logf(format string, args ...any)
}

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Logf(format string, args ...any) {
	*p.lines = append(*p.lines, p.prefix+fmt.Sprintf(format, args...))
}

type nopLogger struct{}

func (nopLogger) Logf(string, ...any) {}

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      bool
	logger   Logger
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

func WithLogger(l Logger) Option {
	return func(s *Server) error {
		if l == nil {
			return errors.New("nil logger")
		}
		s.logger = l
		return nil
	}
}

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.tags = append(s.tags, tags...); return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100, logger: nopLogger{}}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("new server %s: %w", host, errors.Join(errs...))
	}
	s.logger.Logf("configured %s", s)
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, max %d, tags %s)", scheme, s.host, s.port, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

func main() {
	var lines []string
	log := prefixLogger{"[srv] ", &lines}
	defaults := []Option{WithTags("base"), WithLogger(log)}

	s1, err := NewServer("localhost", defaults...)
	fmt.Println(s1, err)
	s2, err := NewServer("example.com", append(defaults, WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond), WithTags("prod", "eu"))...)
	fmt.Println(s2, err)
	s3, err := NewServer("bad", WithPort(70000), WithLogger(nil), WithPort(-1))
	fmt.Println(s3 == nil, err)
	fmt.Printf("%v %T\n", s3, err)
	for _, l := range lines {
		fmt.Println(l)
	}
	var lg Logger = nopLogger{}
	_, isPrefix := lg.(prefixLogger)
	fmt.Println("prefix?", isPrefix, time.Duration(90)*time.Minute)
}
