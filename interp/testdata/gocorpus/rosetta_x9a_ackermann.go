// Exercises: Ackermann function recursive with uint, and with an explicit stack, compared in a table
package main

import "fmt"

func ack(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func ackStack(m, n uint) uint {
	stack := []uint{m}
	for len(stack) > 0 {
		m, stack = stack[len(stack)-1], stack[:len(stack)-1]
		switch {
		case m == 0:
			n++
		case n == 0:
			stack = append(stack, m-1)
			n = 1
		default:
			stack = append(stack, m-1, m)
			n--
		}
	}
	return n
}

func main() {
	for m := uint(0); m <= 3; m++ {
		for n := uint(0); n <= 4; n++ {
			a, b := ack(m, n), ackStack(m, n)
			if a != b {
				fmt.Println("mismatch", m, n)
			}
			fmt.Printf("%5d", a)
		}
		fmt.Println()
	}
	fmt.Println(ackStack(3, 6))
}
