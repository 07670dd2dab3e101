// The same partial instantiation with a locally declared generic function.
// Go prints: true
// Session: clear error, different per style:
//
//	program style:  CompileError: not a generic type: func(main.S,main.S) bool
//	notebook style: CompileError: invalid type in assignment
package main

import "fmt"

func Equal[S ~[]E, E comparable](a, b S) bool { return len(a) == len(b) }

func main() {
	eq := Equal[[]string]
	fmt.Println(eq([]string{"a"}, []string{"a"}))
}
