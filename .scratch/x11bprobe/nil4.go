package main

import "fmt"

type S interface{ Sum() int }
type T struct{}

func (t *T) Sum() int { return 0 }

func main() {
	var p *T
	var it any = p
	s, ok := it.(S)
	fmt.Println(ok, s == nil, it == nil)
	var s2 S = p
	fmt.Println(s2 == nil)
	ss := []S{p}
	fmt.Println(ss[0] == nil)
	m := map[string]any{"k": p}
	fmt.Println(m["k"] == nil)
}
