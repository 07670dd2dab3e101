package main

import "fmt"

func main() {
	fs := make([]func() int, 3)
	for i := range fs {
		c := i * 10
		fs[i] = func() int { c++; return c }
	}
	fmt.Println(fs[0](), fs[0](), fs[1](), fs[2](), fs[1]())
	var gs []func() string
	for _, w := range []string{"a", "b"} {
		acc := ""
		gs = append(gs, func() string { acc += w; return acc })
	}
	fmt.Println(gs[0](), gs[0](), gs[1]())
	var hs []func() int
	for i := 0; i < 2; i++ {
		n := i
		inc := func() int { n += 100; return n }
		hs = append(hs, inc)
	}
	fmt.Println(hs[0](), hs[1](), hs[0]())
}
