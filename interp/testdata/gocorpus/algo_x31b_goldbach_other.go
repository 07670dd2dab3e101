package main

import (
	"fmt"
	"math"
	"strings"
)

// Problem 46: smallest odd composite that is not a prime plus twice a square.

type PrimeSet struct {
	comp []bool
}

func NewPrimeSet(n int) *PrimeSet {
	ps := &PrimeSet{make([]bool, n+1)}
	ps.comp[0], ps.comp[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !ps.comp[i] {
			for j := i * i; j <= n; j += i {
				ps.comp[j] = true
			}
		}
	}
	return ps
}

func (ps *PrimeSet) Has(n int) bool { return !ps.comp[n] }

func decompose(ps *PrimeSet, n int) (p, s int, ok bool) {
	for s = 1; 2*s*s < n; s++ {
		if ps.Has(n - 2*s*s) {
			return n - 2*s*s, s, true
		}
	}
	return 0, 0, false
}

func main() {
	ps := NewPrimeSet(10000)
	var shown []string
	for n := 9; n < 10000; n += 2 {
		if ps.Has(n) {
			continue
		}
		p, s, ok := decompose(ps, n)
		if !ok {
			fmt.Println("counterexample:", n)
			break
		}
		if len(shown) < 6 {
			shown = append(shown, fmt.Sprintf("%d = %d + 2*%d^2", n, p, s))
		}
	}
	fmt.Println(strings.Join(shown, "\n"))
	fmt.Printf("sqrt check: %.3f\n", math.Sqrt(float64(5777-5)/2))
}
