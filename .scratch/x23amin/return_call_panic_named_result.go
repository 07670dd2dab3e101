// A call in a return statement (return inner()) whose callee panics after setting its own
// named result: the caller's named result takes the callee's value although the return
// never happened; a deferred recover in the caller then returns it.
// go run:      0
// gobackprop:  2   (both styles; SILENT WRONG ANSWER)
// From errors_x23a_defer_order.go (safe() { defer recover...; return process(...) } printed
// "2 recovered: boom at 2 (after 2)" instead of "0 ... (after 0)").
package main

import "fmt"

func inner() (n int) {
	n = 2
	panic("boom")
}

func outer() (n int) {
	defer func() { recover() }()
	return inner()
}

func main() {
	fmt.Println(outer())
}
