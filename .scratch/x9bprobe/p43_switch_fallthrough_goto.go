package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
	case n >= 70:
		s += "C"
	default:
		s += "F"
	}
	return s
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium", x)
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	}
}
