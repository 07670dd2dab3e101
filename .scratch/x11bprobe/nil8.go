package main

import "fmt"

type S interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	var p *T
	xs := []S{p}
	fmt.Println(xs[0] != nil)
	var e any = p
	fmt.Println(e != nil, []any{p}[0] != nil)
}
