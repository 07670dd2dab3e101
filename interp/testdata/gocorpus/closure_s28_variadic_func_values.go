package main

import "fmt"

type Server struct {
	logf func(string, ...any)
}

func main() {
	s := &Server{}
	s.logf = func(format string, args ...any) { fmt.Println(format, len(args)) }
	s.logf("two", []any{1, 2}...)
	f := s.logf
	f("three", 1, 2, 3)
	var h func(string, ...any) = s.logf
	h("four", 1, 2, 3, 4)
}
