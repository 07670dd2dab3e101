package main

import "fmt"

// Problems 28 and 58: number spiral diagonals.

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// corners yields the four corners of each ring of side length 3, 5, 7, ...
func corners(visit func(side int, c [4]int) bool) {
	for side := 3; ; side += 2 {
		sq := side * side
		step := side - 1
		if !visit(side, [4]int{sq - 3*step, sq - 2*step, sq - step, sq}) {
			return
		}
	}
}

func main() {
	sum := 1
	corners(func(side int, c [4]int) bool {
		if side > 1001 {
			return false
		}
		for _, v := range c {
			sum += v
		}
		return true
	})
	fmt.Println("diagonal sum 1001x1001:", sum)

	primes, total := 0, 1
	answer := 0
	corners(func(side int, c [4]int) bool {
		for _, v := range c[:3] {
			if isPrime(v) {
				primes++
			}
		}
		total += 4
		if side == 7 {
			fmt.Printf("side 7: %d/%d = %.4f\n", primes, total, float64(primes)/float64(total))
		}
		if primes*10 < total {
			answer = side
			return false
		}
		return true
	})
	fmt.Println("ratio below 10% at side:", answer)

	// draw a small spiral
	const n = 5
	var grid [n][n]int
	x, y := n/2, n/2
	dx, dy := 1, 0
	v := 1
	grid[y][x] = v
	for steps := 1; v < n*n; steps++ {
		for rep := 0; rep < 2 && v < n*n; rep++ {
			for s := 0; s < steps && v < n*n; s++ {
				x, y = x+dx, y+dy
				v++
				grid[y][x] = v
			}
			dx, dy = -dy, dx
		}
	}
	for _, row := range grid {
		fmt.Printf("%3d\n", row)
	}
}
