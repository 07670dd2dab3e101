// Exercises: switch cases listing expressions that are not all constants: tagless, tagged, tagged with an init statement.
package main

import "fmt"

func id(n int) int { return n }

func main() {
	for _, n := range []int{1, 2, 3, 5} {
		switch {
		case n == 1, n == 3:
			fmt.Print("odd ")
		default:
			fmt.Print("other ")
		}
		switch n {
		case id(1), id(2):
			fmt.Print("listed ")
		case 5:
			fmt.Print("five ")
		}
		switch m := n * 2; m {
		case id(2), id(6):
			fmt.Println("doubled")
		default:
			fmt.Println(m)
		}
	}
}
