package main

import (
	"fmt"
	"sort"
	"strings"
)

const N = 6

type Square struct{ R, C int }

var jumps = [8]Square{{2, 1}, {1, 2}, {-1, 2}, {-2, 1}, {-2, -1}, {-1, -2}, {1, -2}, {2, -1}}

type Board [N][N]int

func (b *Board) moves(s Square) []Square {
	var out []Square
	for _, j := range jumps {
		n := Square{s.R + j.R, s.C + j.C}
		if n.R >= 0 && n.R < N && n.C >= 0 && n.C < N && b[n.R][n.C] == 0 {
			out = append(out, n)
		}
	}
	return out
}

// Warnsdorff's rule with backtracking as a fallback.
func (b *Board) tour(s Square, step int) bool {
	b[s.R][s.C] = step
	if step == N*N {
		return true
	}
	next := b.moves(s)
	sort.SliceStable(next, func(i, j int) bool {
		return len(b.moves(next[i])) < len(b.moves(next[j]))
	})
	for _, n := range next {
		if b.tour(n, step+1) {
			return true
		}
	}
	b[s.R][s.C] = 0
	return false
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	ok := b.tour(Square{0, 0}, 1)
	fmt.Println("found:", ok)
	fmt.Print(b)
	pos := map[int]Square{}
	for r := range b {
		for c := range b[r] {
			pos[b[r][c]] = Square{r, c}
		}
	}
	valid := true
	for i := 1; i < N*N; i++ {
		a, z := pos[i], pos[i+1]
		dr, dc := a.R-z.R, a.C-z.C
		if dr*dr+dc*dc != 5 {
			valid = false
		}
	}
	fmt.Println("valid:", valid, "end:", pos[N*N])
}
