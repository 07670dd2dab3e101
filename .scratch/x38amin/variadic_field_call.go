// Runtime error that Go does not raise, both styles.
// Calling a func-typed struct field of variadic type func(string, ...any) with
// two or more variadic arguments fails; with 0 or 1 variadic argument it works.
// Go prints:      ok
// Session:        (no output) runtime.Error: runtime error: index out of range [2] with length 2
// From closure_x38a_options.go (functional options, s.logf("configured %s:%d", host, port)).

package main

import "fmt"

type Server struct {
	logf func(string, ...any)
}

func main() {
	s := &Server{logf: func(format string, args ...any) {}}
	s.logf("configured %s:%d", "localhost", 80)
	fmt.Println("ok")
}
