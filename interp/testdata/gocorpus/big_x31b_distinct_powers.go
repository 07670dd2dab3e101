package main

import (
	"fmt"
	"math/big"
)

// Problem 29: distinct terms a^b for 2 <= a, b <= n.

func countBig(n int) int {
	seen := make(map[string]struct{})
	for a := 2; a <= n; a++ {
		x := big.NewInt(int64(a))
		p := new(big.Int).Set(x)
		for b := 2; b <= n; b++ {
			p.Mul(p, x)
			seen[p.String()] = struct{}{}
		}
	}
	return len(seen)
}

// countSmart represents a = base^k and tracks exponents k*b per base.
func countSmart(n int) int {
	isPower := make([]bool, n+1)
	total := 0
	for a := 2; a <= n; a++ {
		if isPower[a] {
			continue
		}
		maxK := 0
		for p := a; p <= n; p *= a {
			isPower[p] = true
			maxK++
		}
		exps := map[int]bool{}
		for k := 1; k <= maxK; k++ {
			for b := 2; b <= n; b++ {
				exps[k*b] = true
			}
		}
		total += len(exps)
	}
	return total
}

func main() {
	for _, n := range []int{5, 10, 50, 100} {
		b := countBig(n)
		s := countSmart(n)
		fmt.Printf("n=%3d big=%5d smart=%5d equal=%t\n", n, b, s, b == s)
	}
	fmt.Println("n=1000 smart:", countSmart(1000))
}
