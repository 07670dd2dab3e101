package main

import "fmt"

type Node struct {
	Val      int
	Children []*Node
	visit    func(*Node) int
}

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		switch x := i * 10; {
		case x > 5:
			fs = append(fs, func() int { return x })
		default:
			y := x + 1
			fs = append(fs, func() int { return y })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	f := func() func() int {
		x := x + 1
		return func() int { x *= 3; return x }
	}()
	fmt.Println(f(), f(), x)
	root := &Node{Val: 1, Children: []*Node{{Val: 2}, {Val: 3, Children: []*Node{{Val: 4}}}}}
	root.visit = func(n *Node) int {
		s := n.Val
		for _, c := range n.Children {
			s += root.visit(c)
		}
		return s
	}
	fmt.Println(root.visit(root))
	counter := func() (func(), func() int) {
		c := 0
		return func() { c++ }, func() int { return c }
	}
	inc, get := counter()
	inc2, get2 := counter()
	inc()
	inc()
	inc2()
	fmt.Println(get(), get2())
	if v := 5; v > 3 {
		g := func() int { return v * 2 }
		v = 100
		fmt.Println(g())
	}
}
