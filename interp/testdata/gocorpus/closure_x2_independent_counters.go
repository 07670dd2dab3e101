// Exercises: a counter factory whose closures keep independent state, plus reset via a second closure.
package main

import "fmt"

func newCounter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func main() {
	a, resetA := newCounter(0, 1)
	b, _ := newCounter(100, -10)
	for i := 0; i < 3; i++ {
		fmt.Println(a(), b())
	}
	resetA()
	fmt.Println(a(), a(), b())
	counters := map[string]func() int{}
	for _, name := range []string{"x", "y"} {
		c, _ := newCounter(len(name)*10, 5)
		counters[name] = c
	}
	counters["x"]()
	fmt.Println(counters["x"](), counters["y"]())
}
