package main

import "fmt"

type P struct{ n int }

func (p *P) Bump() int { p.n++; return p.n }

func inc(n *int) int { *n++; return *n }

func main() {
	n := 1
	fmt.Println(n, inc(&n))
	s := []int{1}
	f := func() int { s = append(s, 2); return len(s) }
	fmt.Println(s, f())
	p := P{1}
	fmt.Println(p, p.Bump())
	fmt.Println(p.n, p.Bump())
	q := &P{1}
	fmt.Println(*q, q.Bump())
	x := fmt.Sprint(p, p.Bump())
	fmt.Println(x)
	arr := [2]int{1, 2}
	g := func() int { arr[0] = 9; return 0 }
	fmt.Println(arr, g())
}
