package main

import (
	"fmt"
	"sort"
	"strings"
)

const garden = `RRRRIICCFF
RRRRIICCCF
VVRRRCCFFF
VVRCCCJFFF
VVVVCJJCFE
VVIVCCJJEE
VVIIICJJEE
MIIIIIJJEE
MIIISIJEEE
MMMISSJEEE`

type cell struct{ r, c int }

var dirs = []cell{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type region struct {
	plant             byte
	area, perim, side int
}

func main() {
	g := strings.Split(garden, "\n")
	h, w := len(g), len(g[0])
	in := func(p cell) bool { return p.r >= 0 && p.c >= 0 && p.r < h && p.c < w }
	same := func(p cell, b byte) bool { return in(p) && g[p.r][p.c] == b }
	seen := make([][]bool, h)
	for i := range seen {
		seen[i] = make([]bool, w)
	}
	var regions []region
	var dfs func(p cell, reg *region)
	dfs = func(p cell, reg *region) {
		seen[p.r][p.c] = true
		reg.area++
		for i, d := range dirs {
			n := cell{p.r + d.r, p.c + d.c}
			if !same(n, reg.plant) {
				reg.perim++
				// count a side only at its "start" corner
				o := dirs[(i+1)%4]
				side := cell{p.r + o.r, p.c + o.c}
				diag := cell{side.r + d.r, side.c + d.c}
				if !same(side, reg.plant) || same(diag, reg.plant) {
					reg.side++
				}
				continue
			}
			if !seen[n.r][n.c] {
				dfs(n, reg)
			}
		}
	}
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			if !seen[r][c] {
				reg := region{plant: g[r][c]}
				dfs(cell{r, c}, &reg)
				regions = append(regions, reg)
			}
		}
	}
	p1, p2 := 0, 0
	for _, r := range regions {
		p1 += r.area * r.perim
		p2 += r.area * r.side
	}
	sort.Slice(regions, func(i, j int) bool {
		a, b := regions[i], regions[j]
		if a.area != b.area {
			return a.area > b.area
		}
		return a.plant < b.plant
	})
	for _, r := range regions[:5] {
		fmt.Printf("%c area=%d perim=%d sides=%d\n", r.plant, r.area, r.perim, r.side)
	}
	fmt.Println(len(regions), p1, p2)
}
