package main

import (
	"fmt"
	"sort"
)

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != 0 && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func (b *Board) Play(r, c int, p byte) bool {
	if b[r][c] != 0 {
		return false
	}
	b[r][c] = p
	return true
}

func countGames(b Board, p byte, memo map[Board][3]int) [3]int {
	if r, ok := memo[b]; ok {
		return r
	}
	var res [3]int // x wins, o wins, draws
	switch b.Winner() {
	case 'X':
		res[0] = 1
	case 'O':
		res[1] = 1
	default:
		moved := false
		for i := range 9 {
			nb := b
			if nb.Play(i/3, i%3, p) {
				moved = true
				next := byte('O')
				if p == 'O' {
					next = 'X'
				}
				sub := countGames(nb, next, memo)
				for k := range res {
					res[k] += sub[k]
				}
			}
		}
		if !moved {
			res[2] = 1
		}
	}
	memo[b] = res
	return res
}

func main() {
	var b Board
	c := b
	b.Play(1, 1, 'X')
	fmt.Println(b, c, b == c)
	c = b
	fmt.Println(b == c, c.Play(1, 1, 'O'), c.Play(0, 0, 'O'), c)
	memo := map[Board][3]int{}
	res := countGames(Board{}, 'X', memo)
	fmt.Println(res, res[0]+res[1]+res[2], len(memo))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[0][0] = 99
	fmt.Println(grid, g2, len(grid), len(grid[0]))
	pts := map[[2]int]string{{0, 1}: "a", {1, 0}: "b", {0, 0}: "c"}
	keys := make([][2]int, 0)
	for k := range pts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	fmt.Println(keys, pts)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d %T\n", arr, len(arr), arr)
	p := &arr
	for i := range p {
		p[i] += "!"
	}
	fmt.Println(arr)
}
