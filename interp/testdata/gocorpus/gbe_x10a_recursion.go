// Exercises: recursion - a recursive function, a recursive closure declared with var, mutual recursion, recursion over a tree
package main

import "fmt"

func digitSum(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + digitSum(n/10)
}

func power(base, exp int) int {
	switch {
	case exp == 0:
		return 1
	case exp%2 == 0:
		half := power(base, exp/2)
		return half * half
	}
	return base * power(base, exp-1)
}

func ping(n int) string {
	if n == 0 {
		return "ping-end"
	}
	return "ping " + pong(n-1)
}

func pong(n int) string {
	if n == 0 {
		return "pong-end"
	}
	return "pong " + ping(n-1)
}

type dir struct {
	name  string
	size  int
	child []dir
}

func total(d dir) int {
	sum := d.size
	for _, c := range d.child {
		sum += total(c)
	}
	return sum
}

func main() {
	fmt.Println(digitSum(98765), power(3, 13), power(2, 0))
	fmt.Println(ping(4))
	root := dir{"/", 1, []dir{{"a", 10, []dir{{"a1", 5, nil}}}, {"b", 20, nil}}}
	fmt.Println("total:", total(root))
	var subsets func(items []string) [][]string
	subsets = func(items []string) [][]string {
		if len(items) == 0 {
			return [][]string{{}}
		}
		rest := subsets(items[1:])
		out := rest
		for _, r := range rest {
			out = append(out, append([]string{items[0]}, r...))
		}
		return out
	}
	fmt.Println(subsets([]string{"x", "y", "z"}))
}
