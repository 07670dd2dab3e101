package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = ' '
	X     Cell = 'X'
	O     Cell = 'O'
)

type Board [9]Cell

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if c > 0 {
				sb.WriteByte('|')
			}
			sb.WriteByte(byte(b[r*3+c]))
		}
		sb.WriteByte('\n')
		if r < 2 {
			sb.WriteString("-+-+-\n")
		}
	}
	return sb.String()
}

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() Cell {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b *Board) Full() bool {
	for _, c := range b {
		if c == Empty {
			return false
		}
	}
	return true
}

func other(p Cell) Cell {
	if p == X {
		return O
	}
	return X
}

var nodes int

func minimax(b *Board, p Cell) (score int, move int) {
	nodes++
	if w := b.Winner(); w != Empty {
		if w == X {
			return 1, -1
		}
		return -1, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -2, -1
	if p == O {
		best = 2
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = p
		s, _ := minimax(b, other(p))
		b[i] = Empty
		if (p == X && s > best) || (p == O && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func main() {
	var b Board
	for i := range b {
		b[i] = Empty
	}
	b[0] = X
	b[4] = O
	p := X
	for b.Winner() == Empty && !b.Full() {
		s, m := minimax(&b, p)
		b[m] = p
		fmt.Printf("%c plays %d (score %d)\n", p, m, s)
		p = other(p)
	}
	fmt.Print(b)
	fmt.Println("winner:", string(rune(b.Winner())), "nodes:", nodes)
}
