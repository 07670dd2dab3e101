// Exercises: 1D and 2D prefix sums over a const N matrix, range queries parsed with fmt.Sscanf, int64 accumulation
package main

import (
	"fmt"
	"strings"
)

const N = 5

var mat = [N][N]int{
	{3, 0, 1, 4, 2},
	{5, 6, 3, 2, 1},
	{1, 2, 0, 1, 5},
	{4, 1, 0, 1, 7},
	{1, 0, 3, 0, 5},
}

var P [N + 1][N + 1]int64

const queries = `2 1 4 3
1 1 2 2
1 2 2 4
0 0 4 4`

func main() {
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			P[i+1][j+1] = int64(mat[i][j]) + P[i][j+1] + P[i+1][j] - P[i][j]
		}
	}
	for _, q := range strings.Split(queries, "\n") {
		var r1, c1, r2, c2 int
		n, err := fmt.Sscanf(q, "%d %d %d %d", &r1, &c1, &r2, &c2)
		if err != nil || n != 4 {
			fmt.Println("parse error", err)
			continue
		}
		s := P[r2+1][c2+1] - P[r1][c2+1] - P[r2+1][c1] + P[r1][c1]
		fmt.Printf("sum(%d,%d..%d,%d) = %d\n", r1, c1, r2, c2, s)
	}
	row := mat[1]
	pre := make([]int, len(row)+1)
	for i, v := range row {
		pre[i+1] = pre[i] + v
	}
	fmt.Println(pre, pre[4]-pre[1])
}
