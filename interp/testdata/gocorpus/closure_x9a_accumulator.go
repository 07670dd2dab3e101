// Exercises: accumulator factory, counters sharing a variable, closures over loop variables (Go 1.22)
package main

import "fmt"

func accumulator(sum float64) func(float64) float64 {
	return func(n float64) float64 {
		sum += n
		return sum
	}
}

func counterPair() (inc func() int, get func() int) {
	c := 0
	inc = func() int { c++; return c }
	get = func() int { return c }
	return
}

func main() {
	x := accumulator(1)
	x(5)
	accumulator(3)
	fmt.Println(x(2.3))
	inc, get := counterPair()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	fmt.Println(gs[0](), gs[1](), gs[2]())
}
