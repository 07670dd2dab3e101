// Exercises: recursion: factorial, recursive closures declared with var, mutual recursion, recursive tree walk.
package main

import "fmt"

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	t := &Tree{Val: 1, Left: &Tree{Val: 2, Left: &Tree{Val: 4}}, Right: &Tree{Val: 3}}
	fmt.Println(t.Sum())
	var hanoi func(n int, from, to, via string) int
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		return hanoi(n-1, from, via, to) + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(5, "A", "C", "B"))
}
