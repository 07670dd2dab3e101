package main

import "fmt"

// Problem 12: first triangle number with over n divisors.

func numDivisors(n int) int {
	count := 1
	for p := 2; p*p <= n; p++ {
		e := 0
		for n%p == 0 {
			n /= p
			e++
		}
		count *= e + 1
	}
	if n > 1 {
		count *= 2
	}
	return count
}

func firstTriangleOver(limit int) (idx, tri, divs int) {
	for n := 1; ; n++ {
		// T(n) = n(n+1)/2, and n, n+1 are coprime
		var a, b int
		if n%2 == 0 {
			a, b = n/2, n+1
		} else {
			a, b = n, (n+1)/2
		}
		d := numDivisors(a) * numDivisors(b)
		if d > limit {
			return n, a * b, d
		}
	}
}

func main() {
	for _, lim := range []int{5, 50, 100, 250, 500} {
		i, t, d := firstTriangleOver(lim)
		fmt.Printf("over %3d divisors: T(%d) = %d with %d\n", lim, i, t, d)
	}
	tri := 0
	for n := 1; n <= 7; n++ {
		tri += n
		fmt.Printf("%d:%d ", tri, numDivisors(tri))
	}
	fmt.Println()
}
