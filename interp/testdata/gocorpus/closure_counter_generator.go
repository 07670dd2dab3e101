// Exercises: closures holding private state as counters.
package main

import "fmt"

func makeCounter(start, step int) (func() int, func()) {
	n := start
	next := func() int {
		v := n
		n += step
		return v
	}
	reset := func() { n = start }
	return next, reset
}

func main() {
	next, reset := makeCounter(5, 3)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := makeCounter(0, 1)
	fmt.Println(other(), other(), next())
}
