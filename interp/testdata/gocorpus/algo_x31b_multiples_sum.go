package main

import "fmt"

// Problem 1: sum of multiples of 3 or 5 below a limit.

type Number interface {
	~int | ~int64 | ~uint64
}

func sumDivisibleBy[T Number](n, limit T) T {
	p := (limit - 1) / n
	return n * p * (p + 1) / 2
}

func bruteForce(limit int, divisors ...int) int {
	total := 0
	for i := 1; i < limit; i++ {
		for _, d := range divisors {
			if i%d == 0 {
				total += i
				break
			}
		}
	}
	return total
}

func main() {
	limits := []int{10, 100, 1000, 12345}
	for _, lim := range limits {
		fast := sumDivisibleBy(3, lim) + sumDivisibleBy(5, lim) - sumDivisibleBy(15, lim)
		slow := bruteForce(lim, 3, 5)
		status := "ok"
		if fast != slow {
			status = "MISMATCH"
		}
		fmt.Printf("limit=%-6d fast=%-10d slow=%-10d %s\n", lim, fast, slow, status)
	}

	var big int64 = 1_000_000_000
	ans := sumDivisibleBy(int64(3), big) + sumDivisibleBy(int64(5), big) - sumDivisibleBy(int64(15), big)
	fmt.Printf("%T %d\n", ans, ans)

	counter := func(ds ...int) func(int) int {
		return func(limit int) int {
			return bruteForce(limit, ds...)
		}
	}
	f := counter(7, 11)
	fmt.Println("7 or 11 below 500:", f(500))
}
