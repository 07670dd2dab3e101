// Exercises: shadowing in if/else chains and := in for headers, package-level var initialised by function
package main

import "fmt"

var total = compute()

func compute() int { return len(names) * 10 }

var names = []string{"a", "b", "c"}

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	} else if y := x * 10; y > 0 {
		fmt.Println(y)
	}
	fmt.Println("outer", x, total)
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	if v, err := fmt.Sscanf("12 ab", "%d %s", new(int), new(string)); err == nil {
		fmt.Println("scanned", v)
	}
}
