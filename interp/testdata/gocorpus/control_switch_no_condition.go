// Exercises: tagless switch as an if-else chain and switch with init statement.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 85, 72, 10, 90} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch n := len("gopher"); {
	case n%2 == 0:
		fmt.Println(n, "even")
	default:
		fmt.Println(n, "odd")
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
}
