package main

import (
	"container/list"
	"fmt"
)

type node struct {
	name    string
	forward func(float64) float64
	deriv   func(float64) float64
	input   float64
}

func main() {
	l := list.New()
	l.PushBack(&node{name: "x*3", forward: func(x float64) float64 { return 3 * x }, deriv: func(float64) float64 { return 3 }})
	l.PushBack(&node{name: "x^2", forward: func(x float64) float64 { return x * x }, deriv: func(x float64) float64 { return 2 * x }})
	l.PushFront(&node{name: "x+1", forward: func(x float64) float64 { return x + 1 }, deriv: func(float64) float64 { return 1 }})
	l.PushBack(&node{name: "-x", forward: func(x float64) float64 { return -x }, deriv: func(float64) float64 { return -1 }})

	run := func(x float64) float64 {
		for e := l.Front(); e != nil; e = e.Next() {
			n := e.Value.(*node)
			n.input = x
			x = n.forward(x)
		}
		return x
	}
	x0 := 0.5
	y := run(x0)
	fmt.Println("y =", y)
	g := 1.0
	for e := l.Back(); e != nil; e = e.Prev() {
		n := e.Value.(*node)
		g *= n.deriv(n.input)
		fmt.Printf("after %-4s local=%5.2f upstream=%6.2f\n", n.name, n.deriv(n.input), g)
	}
	num := (run(x0+1e-6) - run(x0-1e-6)) / 2e-6
	fmt.Printf("chain rule %.4f, numeric %.4f\n", g, num)
	fmt.Println("nodes:", l.Len())
}
