package main

import "fmt"

type T struct{}

func (t *T) String() string { return "T" }

func main() {
	var p *T
	var it any = p
	st, ok := it.(fmt.Stringer)
	fmt.Println(ok, st == nil)
	switch v := it.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v == nil)
	default:
		fmt.Println("default")
	}
	var st2 fmt.Stringer
	fmt.Println(st2 == nil)
}
