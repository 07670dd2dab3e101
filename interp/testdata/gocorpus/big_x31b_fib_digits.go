package main

import (
	"fmt"
	"math"
	"math/big"
)

// Problem 25: index of the first Fibonacci term with n digits.

func firstWithDigits(n int) (int, *big.Int) {
	a, b := big.NewInt(1), big.NewInt(1)
	idx := 2
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n-1)), nil)
	if n == 1 {
		return 1, a
	}
	for b.Cmp(limit) < 0 {
		a.Add(a, b)
		a, b = b, a
		idx++
	}
	return idx, b
}

// binet estimates the index with logarithms.
func binet(n int) int {
	phi := (1 + math.Sqrt(5)) / 2
	return int(math.Ceil((float64(n-1) + math.Log10(5)/2) / math.Log10(phi)))
}

func main() {
	for _, d := range []int{1, 2, 3, 10, 100, 1000} {
		idx, v := firstWithDigits(d)
		s := v.String()
		if len(s) > 20 {
			s = s[:8] + "..." + s[len(s)-8:]
		}
		fmt.Printf("digits=%4d index=%5d binet=%5d value=%s\n", d, idx, binet(d), s)
	}
	phi := (1 + math.Sqrt(5)) / 2
	fmt.Printf("phi=%.12f log10=%.6g\n", phi, math.Log10(phi))
}
