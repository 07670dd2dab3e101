package main

import (
	"fmt"
	"iter"
	"strings"
)

const input = `467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598..`

type Grid []string

type Pos struct{ R, C int }

func (g Grid) Cells() iter.Seq2[Pos, byte] {
	return func(yield func(Pos, byte) bool) {
		for r, row := range g {
			for c := 0; c < len(row); c++ {
				if !yield(Pos{r, c}, row[c]) {
					return
				}
			}
		}
	}
}

func (g Grid) Neighbors(p Pos) iter.Seq[Pos] {
	return func(yield func(Pos) bool) {
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				q := Pos{p.R + dr, p.C + dc}
				if (dr == 0 && dc == 0) || q.R < 0 || q.C < 0 || q.R >= len(g) || q.C >= len(g[q.R]) {
					continue
				}
				if !yield(q) {
					return
				}
			}
		}
	}
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func main() {
	g := Grid(strings.Split(input, "\n"))
	type number struct {
		val   int
		cells []Pos
	}
	var nums []number
	owner := map[Pos]int{}
	for p, ch := range g.Cells() {
		if !isDigit(ch) || (p.C > 0 && isDigit(g[p.R][p.C-1])) {
			continue
		}
		n := number{}
		for c := p.C; c < len(g[p.R]) && isDigit(g[p.R][c]); c++ {
			n.val = n.val*10 + int(g[p.R][c]-'0')
			n.cells = append(n.cells, Pos{p.R, c})
			owner[Pos{p.R, c}] = len(nums)
		}
		nums = append(nums, n)
	}
	partSum, gearSum := 0, 0
	used := map[int]bool{}
	for p, ch := range g.Cells() {
		if ch == '.' || isDigit(ch) {
			continue
		}
		adj := map[int]bool{}
		for q := range g.Neighbors(p) {
			if i, ok := owner[q]; ok {
				adj[i] = true
			}
		}
		prod := 1
		for i := range adj {
			if !used[i] {
				used[i] = true
				partSum += nums[i].val
			}
			prod *= nums[i].val
		}
		if ch == '*' && len(adj) == 2 {
			gearSum += prod
		}
	}
	fmt.Println("numbers:", len(nums), "part sum:", partSum, "gear ratio sum:", gearSum)
	first := 0
	for p := range g.Cells() {
		if first++; first > 3 {
			break
		}
		fmt.Printf("%+v ", p)
	}
	fmt.Println()
}
