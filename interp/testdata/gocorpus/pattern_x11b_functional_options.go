// Exercises: functional options (type Option func(*Server)) with defaults copied from a template value, options composed of options, later options overriding earlier ones, map fields initialised lazily
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Server struct {
	Addr     string
	MaxConns int
	Limits   map[string]int
	applied  []string
}

type Option func(*Server)

var defaults = Server{Addr: ":8080", MaxConns: 16}

func MaxConns(n int) Option {
	return func(s *Server) { s.MaxConns = n; s.applied = append(s.applied, fmt.Sprint("max=", n)) }
}

func Limit(route string, rps int) Option {
	return func(s *Server) {
		if s.Limits == nil {
			s.Limits = map[string]int{}
		}
		s.Limits[route] = rps
		s.applied = append(s.applied, "limit "+route)
	}
}

// Production bundles several options into one.
func Production() Option {
	return func(s *Server) {
		for _, o := range []Option{MaxConns(1024), Limit("/login", 5)} {
			o(s)
		}
	}
}

func New(addr string, opts ...Option) *Server {
	s := defaults // a copy: options must not change the template
	if addr != "" {
		s.Addr = addr
	}
	for _, o := range opts {
		o(&s)
	}
	return &s
}

func (s *Server) Describe() string {
	routes := make([]string, 0, len(s.Limits))
	for r, n := range s.Limits {
		routes = append(routes, fmt.Sprintf("%s:%d", r, n))
	}
	sort.Strings(routes)
	return fmt.Sprintf("%s conns=%d limits=[%s] via %q", s.Addr, s.MaxConns, strings.Join(routes, " "), s.applied)
}

func main() {
	fmt.Println(New("").Describe())
	fmt.Println(New(":443", Production(), MaxConns(64)).Describe())
	fmt.Println(New("", Limit("/a", 1), Limit("/a", 2), Limit("/b", 3)).Describe())
	fmt.Println(defaults.MaxConns, defaults.Limits == nil, len(defaults.applied))
}
