// Exercises: labelled break and continue across nested for/switch/select, goto for retry loop, switch fallthrough, switch with no condition and init
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
		fallthrough
	case n >= 70:
		s += "C"
	case n >= 0:
		s += "F"
	default:
		s = "?"
	}
	return s
}

func main() {
	for _, n := range []int{95, 85, 72, 10, -1} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
outer:
	for i := range 4 {
		for j := range 4 {
			switch {
			case j == i:
				continue outer
			case i+j == 5:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		goto retry
	}
	fmt.Println("attempts", attempts)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
loop:
	for {
		select {
		case v := <-ch:
			if v == 2 {
				break loop
			}
			fmt.Println("v", v)
		}
	}
	switch x := len(ch); x {
	case 0, 1:
		fmt.Println("few", x)
	default:
		fmt.Println("many")
	}
}
