// Exercises: deferred closures in a loop capturing the per-iteration variable vs an argument.
package main

import "fmt"

func captured() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("captured", i) }()
	}
}

func argument() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("argument", n) }(i * 10)
	}
}

func shared() {
	x := 0
	for i := 0; i < 3; i++ {
		x += i
		defer func() { fmt.Println("shared x", x) }()
	}
	x = 100
}

func main() {
	captured()
	argument()
	shared()
	var fs []func() int
	for _, v := range []int{7, 8, 9} {
		fs = append(fs, func() int { return v * v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
