// Exercises: a constructor returning several closures (push, pop, peek) over one shared slice.
package main

import "fmt"

func newStack() (push func(int), pop func() (int, bool), size func() int) {
	var data []int
	push = func(v int) { data = append(data, v) }
	pop = func() (int, bool) {
		if len(data) == 0 {
			return 0, false
		}
		v := data[len(data)-1]
		data = data[:len(data)-1]
		return v, true
	}
	size = func() int { return len(data) }
	return
}

func evalRPN(tokens []string) int {
	push, pop, _ := newStack()
	for _, t := range tokens {
		switch t {
		case "+", "-", "*":
			b, _ := pop()
			a, _ := pop()
			switch t {
			case "+":
				push(a + b)
			case "-":
				push(a - b)
			case "*":
				push(a * b)
			}
		default:
			n := 0
			fmt.Sscanf(t, "%d", &n)
			push(n)
		}
	}
	v, _ := pop()
	return v
}

func main() {
	push, pop, size := newStack()
	push(1)
	push(2)
	push(3)
	fmt.Println(size())
	fmt.Println(pop())
	fmt.Println(pop())
	fmt.Println(size())
	fmt.Println(evalRPN([]string{"3", "4", "+", "2", "*", "7", "-"}))
}
