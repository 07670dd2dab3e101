// Exercises: if/else chains, statements before the condition, scoping of the if variable, early returns
package main

import (
	"fmt"
	"strings"
)

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 75 {
		return "B"
	} else if score >= 50 {
		return "C"
	}
	return "F"
}

func main() {
	temp := 18
	if temp > 25 {
		fmt.Println("hot")
	} else if temp < 10 {
		fmt.Println("cold")
	} else {
		fmt.Println("mild")
	}

	year := 2024
	if year%400 == 0 || (year%4 == 0 && year%100 != 0) {
		fmt.Println(year, "is a leap year")
	}

	for _, s := range []int{95, 75, 74, 10} {
		fmt.Print(s, "=", grade(s), " ")
	}
	fmt.Println()

	inventory := map[string]int{"apple": 3, "pear": 0}
	for _, item := range []string{"apple", "pear", "plum"} {
		if qty, found := inventory[item]; !found {
			fmt.Println(item, "unknown")
		} else if qty == 0 {
			fmt.Println(item, "sold out")
		} else {
			fmt.Println(item, "in stock:", qty)
		}
	}

	if name := strings.TrimSpace("  gopher "); len(name) > 3 && strings.HasPrefix(name, "go") {
		fmt.Printf("%q qualifies\n", name)
	}

	var ptr *int
	if ptr != nil && *ptr > 0 {
		fmt.Println("never dereferenced")
	} else {
		fmt.Println("short-circuit kept us safe")
	}
}
