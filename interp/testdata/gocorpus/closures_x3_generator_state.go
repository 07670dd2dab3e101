// Exercises: closures returning multiple values, a generator with exhaustion signal
package main

import "fmt"

func fibGen(limit int) func() (int, bool) {
	a, b := 0, 1
	return func() (int, bool) {
		if a > limit {
			return 0, false
		}
		r := a
		a, b = b, a+b
		return r, true
	}
}

func main() {
	next := fibGen(50)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
