// Exercises: classic FizzBuzz written with a tagless switch and range over int.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var out []string
	for i := range 20 {
		n := i + 1
		switch {
		case n%15 == 0:
			out = append(out, "FizzBuzz")
		case n%3 == 0:
			out = append(out, "Fizz")
		case n%5 == 0:
			out = append(out, "Buzz")
		default:
			out = append(out, fmt.Sprint(n))
		}
	}
	fmt.Println(strings.Join(out, ","))
}
