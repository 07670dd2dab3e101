// Reduction of algo_x31b_pentagonal.go (both styles): TIMEOUT.
// go run prints "1" in ~0.15 s. The session is interrupted at 10 s in both styles.
// The original calls the pentagonal numbers through package-level func variables (type Figurate func(int) int);
// with k < 2200 this reduction took 6.5-9.8 s (passed), with the func variable replaced by inline arithmetic
// 5.0-8.1 s; with k < 700 it matches Go in 0.7 s. ~2.3M-4.5M sqrt checks are too slow for the 10 s limit.
package main

import (
	"fmt"
	"math"
)

var pentagonal = func(n int) int { return n * (3*n - 1) / 2 }

func isPentagonal(x int) bool {
	n := (math.Sqrt(float64(24*x+1)) + 1) / 6
	return n == math.Trunc(n)
}

func main() {
	count := 0
	for k := 2; k < 3000; k++ {
		pk := pentagonal(k)
		for j := k - 1; j > 0; j-- {
			pj := pentagonal(j)
			if isPentagonal(pk-pj) && isPentagonal(pk+pj) {
				count++
			}
		}
	}
	fmt.Println(count)
}
