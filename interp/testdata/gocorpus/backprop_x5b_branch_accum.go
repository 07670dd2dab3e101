// Exercises: gradient accumulation at branches, += versus = (the classic bug), shown side by side
package main

import "fmt"

type grads struct{ x, y, a, b float64 }

// f = (x*y) + (x*x) + y: x is used three times, y twice.
func backward(x, y float64, accumulate bool) grads {
	var g grads
	dout := 1.0
	g.a = dout // a = x*y
	g.b = dout // b = x*x
	set := func(dst *float64, v float64) {
		if accumulate {
			*dst += v
		} else {
			*dst = v
		}
	}
	set(&g.x, y*g.a)
	set(&g.y, x*g.a)
	set(&g.x, 2*x*g.b)
	set(&g.y, dout)
	return g
}

func main() {
	x, y := 3.0, -2.0
	right := backward(x, y, true)
	wrong := backward(x, y, false)
	fmt.Printf("accumulate: %+v\n", right)
	fmt.Printf("overwrite:  %+v\n", wrong)
	f := func(x, y float64) float64 { return x*y + x*x + y }
	h := 1e-6
	fmt.Printf("numeric dx=%.4f dy=%.4f\n", (f(x+h, y)-f(x-h, y))/(2*h), (f(x, y+h)-f(x, y-h))/(2*h))
	var counts [2]int
	for _, g := range []grads{right, wrong} {
		if g.x == 2*x+y {
			counts[0]++
		}
		if g.y == x+1 {
			counts[1]++
		}
	}
	fmt.Println("correct dx, dy:", counts)
}
