package main

import (
	"fmt"
	"strings"
)

type Board [4][4]int

func slideRow(row [4]int) ([4]int, int) {
	var out [4]int
	score, n := 0, 0
	merged := false
	for _, v := range row {
		if v == 0 {
			continue
		}
		if n > 0 && out[n-1] == v && !merged {
			out[n-1] *= 2
			score += out[n-1]
			merged = true
			continue
		}
		out[n] = v
		n++
		merged = false
	}
	return out, score
}

func (b Board) rotate() Board {
	var r Board
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			r[j][3-i] = b[i][j]
		}
	}
	return r
}

func (b Board) Move(dir byte) (Board, int, bool) {
	turns := map[byte]int{'L': 0, 'D': 1, 'R': 2, 'U': 3}[dir]
	for i := 0; i < turns; i++ {
		b = b.rotate()
	}
	total := 0
	nb := b
	for i := range nb {
		var s int
		nb[i], s = slideRow(nb[i])
		total += s
	}
	changed := nb != b
	for i := 0; i < (4-turns)%4; i++ {
		nb = nb.rotate()
	}
	return nb, total, changed
}

func (b *Board) Spawn(seed *uint32) bool {
	var empty [][2]int
	for i, row := range b {
		for j, v := range row {
			if v == 0 {
				empty = append(empty, [2]int{i, j})
			}
		}
	}
	if len(empty) == 0 {
		return false
	}
	*seed = *seed*1664525 + 1013904223
	p := empty[int(*seed>>8)%len(empty)]
	b[p[0]][p[1]] = 2
	if *seed%10 == 0 {
		b[p[0]][p[1]] = 4
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			fmt.Fprintf(&sb, "%5d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	seed := uint32(2048)
	var b Board
	b.Spawn(&seed)
	b.Spawn(&seed)
	score, moves := 0, 0
	for _, dir := range []byte(strings.Repeat("LURDLLUD", 12)) {
		nb, s, changed := b.Move(dir)
		if !changed {
			continue
		}
		b = nb
		score += s
		moves++
		if !b.Spawn(&seed) {
			break
		}
	}
	fmt.Printf("moves=%d score=%d\n%v", moves, score, b)
	r, s := slideRow([4]int{2, 2, 4, 4})
	fmt.Println(r, s)
	r, s = slideRow([4]int{2, 2, 2, 0})
	fmt.Println(r, s)
}
