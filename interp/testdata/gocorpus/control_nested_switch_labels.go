// Exercises: labeled switch statements and break to an outer switch label.
package main

import "fmt"

func classify(a, b int) string {
	result := ""
outer:
	switch {
	case a > 0:
		switch {
		case b > 0:
			result = "both positive"
			break outer
		case b == 0:
			result = "b zero"
		}
		result += " (a positive)"
	default:
		result = "a not positive"
	}
	return result
}

func main() {
	fmt.Println(classify(1, 1))
	fmt.Println(classify(1, 0))
	fmt.Println(classify(1, -1))
	fmt.Println(classify(-1, 5))
}
