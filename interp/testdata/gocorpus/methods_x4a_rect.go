// Exercises: methods with value and pointer receivers, automatic address-taking and dereferencing, methods on non-struct types.
package main

import (
	"fmt"
	"math"
)

type rect struct {
	width, height int
}

func (r *rect) area() int { return r.width * r.height }

func (r rect) perim() int { return 2*r.width + 2*r.height }

func (r *rect) grow(d int) {
	r.width += d
	r.height += d
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area:", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area:", rp.area())
	fmt.Println("perim:", rp.perim())
	r.grow(1)
	fmt.Println(r)
	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c)
	rs := []rect{{1, 2}, {3, 4}}
	for i := range rs {
		rs[i].grow(10)
	}
	fmt.Println(rs)
}
