package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Problem 18: maximum path sum through a triangle, bottom-up DP.

const tri = `75
95 64
17 47 82
18 35 87 10
20 04 82 47 65
19 01 23 75 03 34
88 02 77 73 07 63 67
99 65 04 28 06 16 70 92
41 41 26 56 83 40 80 70 33
41 48 72 33 47 32 37 16 94 29`

func parse(s string) [][]int {
	var rows [][]int
	for _, line := range strings.Split(s, "\n") {
		fields := strings.Fields(line)
		row := make([]int, len(fields))
		for i, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				panic(err)
			}
			row[i] = n
		}
		rows = append(rows, row)
	}
	return rows
}

func maxPath(rows [][]int) (int, []int) {
	n := len(rows)
	best := slices.Clone(rows[n-1])
	choice := make([][]int, n)
	for r := n - 2; r >= 0; r-- {
		next := make([]int, len(rows[r]))
		choice[r] = make([]int, len(rows[r]))
		for i, v := range rows[r] {
			if best[i] >= best[i+1] {
				next[i] = v + best[i]
				choice[r][i] = i
			} else {
				next[i] = v + best[i+1]
				choice[r][i] = i + 1
			}
		}
		best = next
	}
	path := []int{rows[0][0]}
	col := 0
	for r := 0; r < n-1; r++ {
		col = choice[r][col]
		path = append(path, rows[r+1][col])
	}
	return best[0], path
}

func main() {
	rows := parse(tri)
	total, path := maxPath(rows)
	fmt.Println("rows:", len(rows))
	fmt.Println("max sum:", total)
	fmt.Println("path:", path)
	sum := 0
	for _, v := range path {
		sum += v
	}
	fmt.Println("check:", sum == total)
	small, p := maxPath(parse("3\n7 4\n2 4 6\n8 5 9 3"))
	fmt.Printf("small: %d %v max=%d\n", small, p, slices.Max(p))
}
