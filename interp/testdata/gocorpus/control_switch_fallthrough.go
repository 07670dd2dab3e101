// Exercises: switch with fallthrough into the next case body regardless of its condition.
package main

import "fmt"

func perks(level int) []string {
	var out []string
	switch level {
	case 3:
		out = append(out, "lounge")
		fallthrough
	case 2:
		out = append(out, "priority")
		fallthrough
	case 1:
		out = append(out, "points")
	case 0:
		out = append(out, "none")
	default:
		out = append(out, "unknown")
	}
	return out
}

func main() {
	for lvl := 4; lvl >= 0; lvl-- {
		fmt.Println(lvl, perks(lvl))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell into >100 case")
	}
}
