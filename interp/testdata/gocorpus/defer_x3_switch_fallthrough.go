// Exercises: switch with fallthrough, multiple values per case, switch with init statement
package main

import "fmt"

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{100, 85, 72, 40} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch n := 2; n {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (via fallthrough)")
	case 4:
		fmt.Println("four")
	}
}
