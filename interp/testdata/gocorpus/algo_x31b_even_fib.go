package main

import (
	"fmt"
	"iter"
	"strings"
)

// Problem 2: sum of even Fibonacci numbers not exceeding four million.

func fibonacci(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 2
		for a <= limit {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func take[T any](seq iter.Seq[T], n int) []T {
	out := make([]T, 0, n)
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	isEven := func(n int) bool { return n%2 == 0 }
	sum := 0
	count := 0
	for v := range filter(fibonacci(4_000_000), isEven) {
		sum += v
		count++
	}
	fmt.Println("even terms:", count)
	fmt.Println("sum:", sum)

	first := take(fibonacci(1<<40), 12)
	parts := make([]string, len(first))
	for i, v := range first {
		parts[i] = fmt.Sprint(v)
	}
	fmt.Println(strings.Join(parts, ", "))

	// every third Fibonacci number is even: E(n) = 4*E(n-1) + E(n-2)
	e1, e2 := 2, 8
	alt := e1
	for e2 <= 4_000_000 {
		alt += e2
		e1, e2 = e2, 4*e2+e1
	}
	fmt.Printf("recurrence sum: %d (match=%t)\n", alt, alt == sum)
}
