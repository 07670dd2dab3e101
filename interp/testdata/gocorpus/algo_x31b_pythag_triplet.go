package main

import (
	"fmt"
	"sort"
)

// Problem 9 and 39: Pythagorean triplets by Euclid's formula.

type Triple struct{ A, B, C int }

func (t Triple) Perimeter() int { return t.A + t.B + t.C }
func (t Triple) Product() int   { return t.A * t.B * t.C }

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func triplesUpTo(maxPerim int) []Triple {
	var out []Triple
	for m := 2; 2*m*m < maxPerim; m++ {
		for n := 1; n < m; n++ {
			if (m-n)%2 == 0 || gcd(m, n) != 1 {
				continue
			}
			a, b, c := m*m-n*n, 2*m*n, m*m+n*n
			if a > b {
				a, b = b, a
			}
			for k := 1; k*(a+b+c) <= maxPerim; k++ {
				out = append(out, Triple{k * a, k * b, k * c})
			}
		}
	}
	return out
}

func main() {
	all := triplesUpTo(1000)
	for _, t := range all {
		if t.Perimeter() == 1000 {
			fmt.Printf("%+v product=%d\n", t, t.Product())
		}
	}
	counts := map[int]int{}
	for _, t := range all {
		counts[t.Perimeter()]++
	}
	bestP, bestN := 0, 0
	for p, n := range counts {
		if n > bestN || (n == bestN && p < bestP) {
			bestP, bestN = p, n
		}
	}
	fmt.Println("perimeter with most solutions:", bestP, bestN)

	small := triplesUpTo(60)
	sort.Slice(small, func(i, j int) bool {
		if small[i].C != small[j].C {
			return small[i].C < small[j].C
		}
		return small[i].A < small[j].A
	})
	for _, t := range small {
		fmt.Print(t, " ")
	}
	fmt.Println()
}
