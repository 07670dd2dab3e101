package main

import "fmt"

type T struct{}

func (t *T) String() string { return "T" }

func main() {
	var p *T
	var it any = p
	st, ok := it.(fmt.Stringer)
	// go: true false; gobackprop: true true (the asserted fmt.Stringer compares equal to nil)
	fmt.Println(ok, st == nil)
}
