package main

import "fmt"

type Disc int8

const (
	Empty Disc = iota
	Black
	White
)

func (d Disc) Opp() Disc { return 3 - d }

func (d Disc) String() string { return [...]string{".", "B", "W"}[d] }

type Board [8][8]Disc

var dirs = [8][2]int{{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}}

func (b *Board) flips(r, c int, d Disc) [][2]int {
	if b[r][c] != Empty {
		return nil
	}
	var all [][2]int
	for _, dv := range dirs {
		var run [][2]int
		rr, cc := r+dv[0], c+dv[1]
		for rr >= 0 && rr < 8 && cc >= 0 && cc < 8 && b[rr][cc] == d.Opp() {
			run = append(run, [2]int{rr, cc})
			rr, cc = rr+dv[0], cc+dv[1]
		}
		if len(run) > 0 && rr >= 0 && rr < 8 && cc >= 0 && cc < 8 && b[rr][cc] == d {
			all = append(all, run...)
		}
	}
	return all
}

func (b *Board) Play(r, c int, d Disc) int {
	f := b.flips(r, c, d)
	if len(f) == 0 {
		return 0
	}
	b[r][c] = d
	for _, p := range f {
		b[p[0]][p[1]] = d
	}
	return len(f)
}

func (b *Board) Greedy(d Disc) (int, int, bool) {
	best, br, bc := 0, -1, -1
	for r := 0; r < 8; r++ {
		for c := 0; c < 8; c++ {
			if n := len(b.flips(r, c, d)); n > best {
				best, br, bc = n, r, c
			}
		}
	}
	return br, bc, best > 0
}

func (b *Board) Count() map[Disc]int {
	m := map[Disc]int{}
	for _, row := range b {
		for _, d := range row {
			m[d]++
		}
	}
	return m
}

func main() {
	var b Board
	b[3][3], b[4][4] = White, White
	b[3][4], b[4][3] = Black, Black
	turn := Black
	passes := 0
	for move := 1; move <= 12 && passes < 2; move++ {
		r, c, ok := b.Greedy(turn)
		if !ok {
			fmt.Println(turn, "passes")
			passes++
			turn = turn.Opp()
			continue
		}
		passes = 0
		n := b.Play(r, c, turn)
		fmt.Printf("%d. %v at %c%d flips %d\n", move, turn, 'a'+c, r+1, n)
		turn = turn.Opp()
	}
	for _, row := range b {
		fmt.Println(row)
	}
	fmt.Println(b.Count())
}
