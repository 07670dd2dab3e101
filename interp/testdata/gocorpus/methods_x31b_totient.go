package main

import (
	"fmt"
	"slices"
	"strconv"
)

// Problems 69, 70 and 72: Euler's totient via a sieve, wrapped in small types.

type Sieve struct {
	N   int
	phi []int
}

func NewSieve(n int) *Sieve {
	phi := make([]int, n+1)
	for i := range phi {
		phi[i] = i
	}
	for p := 2; p <= n; p++ {
		if phi[p] == p {
			for m := p; m <= n; m += p {
				phi[m] -= phi[m] / p
			}
		}
	}
	return &Sieve{N: n, phi: phi}
}

func (s *Sieve) Phi(n int) int { return s.phi[n] }

// Stats embeds the sieve and adds the queries used by the problems.
type Stats struct {
	*Sieve
	name string
}

func (st Stats) MaxRatio() (int, float64) {
	best, bestR := 0, 0.0
	for n := 2; n <= st.N; n++ {
		if r := float64(n) / float64(st.Phi(n)); r > bestR {
			best, bestR = n, r
		}
	}
	return best, bestR
}

func (st Stats) FareyLength() int64 {
	var total int64
	for n := 2; n <= st.N; n++ {
		total += int64(st.Phi(n))
	}
	return total
}

func isPerm(a, b int) bool {
	x, y := []byte(strconv.Itoa(a)), []byte(strconv.Itoa(b))
	slices.Sort(x)
	slices.Sort(y)
	return string(x) == string(y)
}

func (st Stats) MinPermRatio() (int, float64) {
	best, bestR := 0, 1e18
	for n := 2; n <= st.N; n++ {
		p := st.Phi(n)
		if r := float64(n) / float64(p); r < bestR && isPerm(n, p) {
			best, bestR = n, r
		}
	}
	return best, bestR
}

func (st Stats) String() string { return st.name + " up to " + strconv.Itoa(st.N) }

func main() {
	small := Stats{NewSieve(10), "small"}
	for n := 2; n <= 10; n++ {
		fmt.Printf("phi(%d)=%d ", n, small.Phi(n))
	}
	fmt.Println()
	fmt.Println(small)
	n, r := small.MaxRatio()
	fmt.Printf("max n/phi: %d %.4f\n", n, r)
	fmt.Println("Farey(8):", Stats{NewSieve(8), "f"}.FareyLength())

	big := Stats{NewSieve(1_000_000), "big"}
	n, r = big.MaxRatio()
	fmt.Printf("P69: %d %.4f\n", n, r)
	fmt.Println("P72:", big.FareyLength())
	n, r = big.MinPermRatio()
	fmt.Printf("P70 (1e6): %d %.6f phi=%d\n", n, r, big.Phi(n))
	fmt.Printf("%v\n", big)
}
