// Exercises: Sierpinski triangle by string doubling and by Pascal's triangle mod 2 with bit tests
package main

import (
	"fmt"
	"strings"
)

func byDoubling(order int) []string {
	tri := []string{"*"}
	for i := 0; i < order; i++ {
		sp := strings.Repeat(" ", len(tri))
		next := make([]string, 0, 2*len(tri))
		for _, s := range tri {
			next = append(next, sp+s+sp)
		}
		for _, s := range tri {
			next = append(next, s+" "+s)
		}
		tri = next
	}
	return tri
}

func main() {
	for _, l := range byDoubling(3) {
		fmt.Println(strings.TrimRight(l, " "))
	}
	const n = 16
	for y := n - 1; y >= 0; y-- {
		row := strings.Repeat(" ", y)
		for x := 0; x+y < n; x++ {
			if x&y == 0 {
				row += "* "
			} else {
				row += "  "
			}
		}
		fmt.Println(strings.TrimRight(row, " "))
	}
}
