// Exercises: closures capturing and mutating their own state; independent counters
package main

import "fmt"

func counter(start, step int) func() int {
	n := start
	return func() int {
		n += step
		return n
	}
}

func main() {
	a := counter(0, 1)
	b := counter(100, 10)
	fmt.Println(a(), a(), a())
	fmt.Println(b(), b())
	fmt.Println(a(), b())
}
