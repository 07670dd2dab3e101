package main

import (
	"fmt"
	"strings"
)

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, fmt.Sprintf("disk %d: %s -> %s", n, from, to))
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var result []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			result = append(result, string(s[i])+p)
		}
	}
	return result
}

func powerSet(items []string) [][]string {
	if len(items) == 0 {
		return [][]string{{}}
	}
	rest := powerSet(items[1:])
	out := rest
	for _, sub := range rest {
		with := append([]string{items[0]}, sub...)
		out = append(out, with)
	}
	return out
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func reverse(s string) string {
	if s == "" {
		return ""
	}
	return reverse(s[1:]) + s[:1]
}

func binary(n int) string {
	if n < 2 {
		return fmt.Sprint(n)
	}
	return binary(n/2) + fmt.Sprint(n%2)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func drawTree(depth int, prefix string) {
	if depth == 0 {
		return
	}
	fmt.Println(prefix + strings.Repeat("#", depth))
	drawTree(depth-1, prefix+"  ")
}

func main() {
	for i := 0; i <= 10; i += 2 {
		fmt.Printf("%d! = %d\n", i, factorial(i))
	}
	fmt.Println("fib(50) =", fib(50))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), "moves")
	for _, m := range moves {
		fmt.Println(" ", m)
	}
	fmt.Println(permutations([]rune("abc")))
	ps := powerSet([]string{"x", "y", "z"})
	fmt.Println(len(ps), ps)
	fmt.Println(sumDigits(987654321), reverse("recursion"), binary(37))
	fmt.Println("A(2,3) =", ackermann(2, 3))
	drawTree(4, "")
}
