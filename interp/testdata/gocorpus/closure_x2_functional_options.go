// Exercises: the functional options pattern: Option closures configuring a Server struct.
package main

import (
	"fmt"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	tags    []string
}

type Option func(*Server)

func WithPort(p int) Option              { return func(s *Server) { s.port = p } }
func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }
func WithTLS() Option                    { return func(s *Server) { s.tls = true } }
func WithTags(tags ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, tags...) }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	for _, opt := range opts {
		opt(s)
	}
	return s
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v tags=%v", scheme, s.host, s.port, s.timeout, s.tags)
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithTLS(), WithPort(443), WithTimeout(1500*time.Millisecond)))
	common := []Option{WithTags("a"), WithTags("b", "c")}
	s := NewServer("api", append(common, WithPort(8080))...)
	fmt.Println(s)
	fmt.Printf("%+v\n", *NewServer("raw", WithTimeout(time.Minute+30*time.Second)))
}
