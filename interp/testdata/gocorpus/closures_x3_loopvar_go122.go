// Exercises: Go 1.22 per-iteration loop variables captured by closures stored in a slice
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, v := range []string{"a", "b", "c"} {
		defer func() { fmt.Print(v, " ") }()
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
