// CLEAR ERROR, a false rejection (both styles). From closure_x15b_memo_middleware.go.
// c is declared inside the loop body (not the loop's iteration variable); only the closure assigns it.
// go run:     1 2 11
// gobackprop: CompileError: a function literal capturing c, a variable of the loop's iteration, which
//
//	the loop body also assigns after the literal is made is not supported by gobackprop:
//	copy it first (cCopy := c) and capture the copy
package main

import "fmt"

func main() {
	fs := make([]func() int, 2)
	for i := range fs {
		c := i * 10
		fs[i] = func() int { c++; return c }
	}
	fmt.Println(fs[0](), fs[0](), fs[1]())
}
