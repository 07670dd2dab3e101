package main

import (
	"fmt"
	"math"
	"strings"
)

// Hungarian solves the n x m (n <= m) assignment problem minimizing cost.
func Hungarian(a [][]int) (int, []int) {
	n, m := len(a), len(a[0])
	u := make([]int, n+1)
	v := make([]int, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]int, m+1)
		used := make([]bool, m+1)
		for j := range minv {
			minv[j] = math.MaxInt
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.MaxInt, 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				cur := a[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	assign := make([]int, n)
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			assign[p[j]-1] = j - 1
		}
	}
	return -v[0], assign
}

func main() {
	drivers := []string{"Kim", "Lou", "Max", "Ned"}
	rides := []string{"airport", "station", "campus", "harbor", "museum"}
	cost := [][]int{
		{14, 5, 8, 7, 12},
		{2, 12, 6, 5, 9},
		{7, 8, 3, 9, 4},
		{2, 4, 6, 10, 11},
	}
	total, assign := Hungarian(cost)
	fmt.Printf("%-6s", "")
	for _, r := range rides {
		fmt.Printf("%9s", r)
	}
	fmt.Println()
	for i, row := range cost {
		fmt.Printf("%-6s", drivers[i])
		for j, c := range row {
			mark := " "
			if assign[i] == j {
				mark = "*"
			}
			fmt.Printf("%8d%s", c, mark)
		}
		fmt.Println()
	}
	fmt.Println(strings.Repeat("-", 6+9*len(rides)))
	for i, j := range assign {
		fmt.Printf("%s takes %s (%d)\n", drivers[i], rides[j], cost[i][j])
	}
	fmt.Println("minimum total:", total)
	sq := [][]int{{4, 1, 3}, {2, 0, 5}, {3, 2, 2}}
	t2, a2 := Hungarian(sq)
	fmt.Println("3x3:", t2, a2)
}
