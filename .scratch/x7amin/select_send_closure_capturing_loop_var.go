package main

import "fmt"

// A func literal that captures the loop variable, sent in a select case: the cell fails
// "runtime.Error: invalid memory address or nil pointer dereference" (reads like the user's
// bug). A plain `ch <- func() int { return n }` statement, or no capture, works.
func main() {
	ch := make(chan func() int, 3)
	for _, n := range []int{7, 8, 9} {
		select {
		case ch <- func() int { return n }:
		default:
		}
	}
	close(ch)
	for f := range ch {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
