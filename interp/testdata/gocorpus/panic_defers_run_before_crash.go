// Exercises: deferred calls run (and print) before an unrecovered panic terminates the program.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		var arr []string
		fmt.Println("level 3 reading", len(arr))
		_ = arr[n]
	}
	level(n + 1)
}

func main() {
	fmt.Println("begin")
	level(1)
	fmt.Println("unreachable")
}
