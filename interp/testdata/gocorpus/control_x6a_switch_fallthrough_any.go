// Exercises: switch with fallthrough, switch on types of mixed expressions, switch with init, no-condition switch, case lists
package main

import "fmt"

type Level int

func grade(n int) string {
	out := ""
	switch {
	case n >= 90:
		out += "A"
		fallthrough
	case n >= 80:
		out += "B"
		fallthrough
	case n >= 70:
		out += "C"
	default:
		out += "F"
	}
	return out
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	switch l := Level(2); l {
	case 1, 2, 3:
		fmt.Println("low", l)
	case 4:
		fmt.Println("high")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
	}
	var v any = Level(3)
	switch v {
	case 3:
		fmt.Println("int 3")
	case Level(3):
		fmt.Println("Level 3")
	}
}
