package main

import (
	"fmt"
	"math"
)

// Problems 44 and 45: pentagonal pairs and triangle-pentagonal-hexagonal numbers.

type Figurate func(n int) int

var (
	triangle   Figurate = func(n int) int { return n * (n + 1) / 2 }
	pentagonal Figurate = func(n int) int { return n * (3*n - 1) / 2 }
	hexagonal  Figurate = func(n int) int { return n * (2*n - 1) }
)

func isPentagonal(x int) bool {
	n := (math.Sqrt(float64(24*x+1)) + 1) / 6
	return n == math.Trunc(n)
}

func isTriangle(x int) bool {
	r := int(math.Sqrt(float64(8*x + 1)))
	return r*r == 8*x+1
}

func (f Figurate) first(k int) []int {
	out := make([]int, k)
	for i := range out {
		out[i] = f(i + 1)
	}
	return out
}

func main() {
	fmt.Println("T:", triangle.first(8))
	fmt.Println("P:", pentagonal.first(8))
	fmt.Println("H:", hexagonal.first(8))

	best := math.MaxInt
	var pair [2]int
search:
	for k := 2; k < 3000; k++ {
		pk := pentagonal(k)
		for j := k - 1; j > 0; j-- {
			pj := pentagonal(j)
			d := pk - pj
			if d >= best {
				break
			}
			if isPentagonal(d) && isPentagonal(pk+pj) {
				best = d
				pair = [2]int{j, k}
				break search
			}
		}
	}
	fmt.Printf("P44: D=%d from P(%d), P(%d)\n", best, pair[0], pair[1])

	found := 0
	for n := 144; found == 0; n++ {
		h := hexagonal(n)
		if isPentagonal(h) && isTriangle(h) {
			found = h
			fmt.Printf("P45: H(%d) = %d\n", n, h)
		}
	}
	fmt.Println(isPentagonal(40755), isTriangle(40755), isPentagonal(40756))
}
