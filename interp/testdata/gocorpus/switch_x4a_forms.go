// Exercises: expression switch with lists, switch with no condition, fallthrough, switch with init statement, break inside switch.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func main() {
	i := 2
	switch i {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three")
	}
	for _, day := range []string{"Sat", "Mon", "Sun"} {
		switch day {
		case "Sat", "Sun":
			fmt.Println(day, "weekend")
		default:
			fmt.Println(day, "weekday")
		}
	}
	for _, n := range []int{-3, 0, 4, 42} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("more than 3")
		fallthrough
	case x > 1:
		fmt.Println("more than 1")
	case x > 0:
		fmt.Println("not printed")
	}
	for k := range 4 {
		switch k {
		case 2:
			break
		default:
			fmt.Println("k", k)
			continue
		}
		fmt.Println("after switch", k)
	}
}
