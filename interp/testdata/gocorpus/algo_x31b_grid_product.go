package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Problem 11 style: greatest product of k adjacent numbers in a grid.

const gridText = `
08 02 22 97 38 15 00 40 00 75
49 49 99 40 17 81 18 57 60 87
81 49 31 73 55 79 14 29 93 71
52 70 95 23 04 60 11 42 69 24
22 31 16 71 51 67 63 89 41 92
24 47 32 60 99 03 45 02 44 75
32 98 81 28 64 23 67 10 26 38
67 26 20 68 02 62 12 20 95 63
24 55 58 05 66 73 99 26 97 17
21 36 23 09 75 00 76 44 20 45
`

type Grid [][]int

func parseGrid(s string) (Grid, error) {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var row []int
		for _, f := range strings.Fields(line) {
			v, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("bad cell %q: %w", f, err)
			}
			row = append(row, v)
		}
		g = append(g, row)
	}
	return g, nil
}

type direction struct {
	name   string
	dr, dc int
}

func (g Grid) maxProduct(k int) (int, string, [2]int) {
	dirs := []direction{{"right", 0, 1}, {"down", 1, 0}, {"diag", 1, 1}, {"anti", 1, -1}}
	best, bestDir, at := 0, "", [2]int{}
	for r := range g {
		for c := range g[r] {
			for _, d := range dirs {
				p := 1
				for i := 0; i < k; i++ {
					rr, cc := r+i*d.dr, c+i*d.dc
					if rr < 0 || rr >= len(g) || cc < 0 || cc >= len(g[rr]) {
						p = -1
						break
					}
					p *= g[rr][cc]
				}
				if p > best {
					best, bestDir, at = p, d.name, [2]int{r, c}
				}
			}
		}
	}
	return best, bestDir, at
}

func main() {
	g, err := parseGrid(gridText)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("grid %dx%d\n", len(g), len(g[0]))
	for k := 2; k <= 4; k++ {
		p, d, at := g.maxProduct(k)
		fmt.Printf("k=%d product=%d dir=%s at=%v\n", k, p, d, at)
	}
	_, err = parseGrid("1 2\n3 x4")
	fmt.Println("error:", err)
}
