package main

import (
	"fmt"
	"math/big"
)

// Problem 15: lattice paths through an n x n grid, by DP and by binomial.

func pathsDP(rows, cols int) uint64 {
	grid := make([][]uint64, rows+1)
	for i := range grid {
		grid[i] = make([]uint64, cols+1)
		grid[i][0] = 1
	}
	for j := 0; j <= cols; j++ {
		grid[0][j] = 1
	}
	for i := 1; i <= rows; i++ {
		for j := 1; j <= cols; j++ {
			grid[i][j] = grid[i-1][j] + grid[i][j-1]
		}
	}
	return grid[rows][cols]
}

func pathsBinom(n int64) *big.Int {
	return new(big.Int).Binomial(2*n, n)
}

func main() {
	for _, n := range []int{2, 5, 10, 20} {
		dp := pathsDP(n, n)
		b := pathsBinom(int64(n))
		fmt.Printf("n=%2d dp=%d binom=%v same=%v\n", n, dp, b, b.Uint64() == dp)
	}
	huge := pathsBinom(100)
	fmt.Println("n=100:", huge)
	fmt.Println("digit count:", len(huge.String()))
	fmt.Println("rect 3x7:", pathsDP(3, 7))
}
