// From errors_x26a_panic_recover.go (both styles).
// go run:      a
//
//	b
//
// gobackprop:  CompileError: a function literal capturing log, a variable of the loop's
//
//	iteration, which the loop body also assigns after the literal is made is not
//	supported by gobackprop: copy it first (logCopy := log) and capture the copy
//
// `log` is declared inside the loop body (a fresh variable each iteration, never reassigned);
// the closure is stored in a variable and passed to a function, and a pointer-receiver method
// (log.String(), log.Len()) is called on log afterwards. Printing something else afterwards, or
// log := new(strings.Builder) captured as a pointer, is accepted.
// Calling the closure directly (open().WriteString) or passing the literal inline is accepted.
package main

import (
	"fmt"
	"strings"
)

func use(o func() *strings.Builder, s string) { o().WriteString(s) }

func main() {
	for _, input := range []string{"a", "b"} {
		var log strings.Builder
		open := func() *strings.Builder { return &log }
		use(open, input)
		fmt.Println(log.String())
	}
}
