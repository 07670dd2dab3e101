package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = '.'
	X     Cell = 'X'
	O     Cell = 'O'
)

type Board [3][3]Cell

func NewBoard() Board {
	var b Board
	for r := range b {
		for c := range b[r] {
			b[r][c] = Empty
		}
	}
	return b
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			sb.WriteByte(byte(c))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

var lines = [8][3][2]int{
	{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
	{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
	{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
}

func (b *Board) Winner() Cell {
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != Empty && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return Empty
}

func (b *Board) Full() bool {
	return !strings.Contains(b.String(), ".")
}

func other(p Cell) Cell {
	if p == X {
		return O
	}
	return X
}

func minimax(b *Board, player Cell, nodes *int) (score int, move [2]int) {
	*nodes++
	if w := b.Winner(); w != Empty {
		if w == X {
			return 1, move
		}
		return -1, move
	}
	if b.Full() {
		return 0, move
	}
	best := -2
	if player == O {
		best = 2
	}
	for r := range 3 {
		for c := range 3 {
			if b[r][c] != Empty {
				continue
			}
			b[r][c] = player
			s, _ := minimax(b, other(player), nodes)
			b[r][c] = Empty
			if (player == X && s > best) || (player == O && s < best) {
				best, move = s, [2]int{r, c}
			}
		}
	}
	return best, move
}

func main() {
	b := NewBoard()
	b[0][0] = X
	b[1][1] = O
	player := X
	for b.Winner() == Empty && !b.Full() {
		nodes := 0
		s, mv := minimax(&b, player, &nodes)
		b[mv[0]][mv[1]] = player
		fmt.Printf("%c plays %v (score %d, %d nodes)\n", player, mv, s, nodes)
		player = other(player)
	}
	fmt.Print(b)
	fmt.Printf("winner: %q\n", rune(b.Winner()))
}
