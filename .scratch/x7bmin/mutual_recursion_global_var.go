package main

import "fmt"

var one = 1 // an initialized package variable (const, or var without a value, is fine)

func even(n int) int { return one + odd(n) }

func odd(n int) int {
	if n > 0 {
		return even(n - 1)
	}
	return 0
}

func main() {
	fmt.Println(even(3)) // Go: 4; pasted whole into one cell: "undefined: main"
}
