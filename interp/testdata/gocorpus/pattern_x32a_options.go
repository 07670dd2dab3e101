package main

import (
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	maxConn int
	tls     bool
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }

func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }

func WithTLS() Option { return func(s *Server) { s.tls = true } }

func WithMaxConn(n int) Option {
	return func(s *Server) {
		if n > 0 {
			s.maxConn = n
		}
	}
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConn: 100}
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
	return fmt.Sprintf("%s://%s:%d (timeout %v, max %d)", scheme, s.host, s.port, s.timeout, s.maxConn)
}

// Handler and middleware, in the style of net/http.
type Request struct {
	Path string
	User string
}

type Handler func(r Request) string

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) string {
			*log = append(*log, "-> "+r.Path)
			resp := next(r)
			*log = append(*log, "<- "+r.Path+" "+resp)
			return resp
		}
	}
}

func RequireUser(next Handler) Handler {
	return func(r Request) string {
		if r.User == "" {
			return "401"
		}
		return next(r)
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(5*time.Second)))
	fmt.Println(NewServer("x", WithMaxConn(-1), WithMaxConn(10)))

	var log []string
	hello := func(r Request) string { return "200 hello " + r.User }
	h := Chain(hello, Logging(&log), RequireUser)
	fmt.Println(h(Request{"/", "ann"}))
	fmt.Println(h(Request{"/admin", ""}))
	fmt.Println(strings.Join(log, "\n"))

	defaults := []Option{WithPort(9000)}
	custom := append(defaults, WithTLS())
	fmt.Println(NewServer("api", custom...))
}
