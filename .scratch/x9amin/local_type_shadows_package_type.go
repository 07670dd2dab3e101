// Exercises: a type declared inside main with the name of a package-level type
package main

import "fmt"

type pair struct{ a, b string }

func main() {
	type pair struct{ x, y int }
	p := pair{1, 2}
	fmt.Println(p)
}
