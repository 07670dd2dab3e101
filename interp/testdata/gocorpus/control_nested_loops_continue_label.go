// Exercises: labeled continue in nested loops to find primes and pairs.
package main

import "fmt"

func primes(limit int) []int {
	var ps []int
candidates:
	for n := 2; n <= limit; n++ {
		for _, p := range ps {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue candidates
			}
		}
		ps = append(ps, n)
	}
	return ps
}

func main() {
	fmt.Println(primes(50))
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	var rowSums []int
rows:
	for _, row := range grid {
		s := 0
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			s += v
		}
		rowSums = append(rowSums, s)
	}
	fmt.Println(rowSums)
}
