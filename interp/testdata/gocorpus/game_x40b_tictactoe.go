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

func (b *Board) Play(r, c int, p Cell) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("out of range: %d,%d", r, c)
	}
	if b[r][c] != Empty {
		return fmt.Errorf("cell %d,%d taken by %c", r, c, b[r][c])
	}
	b[r][c] = p
	return nil
}

func (b Board) Winner() Cell {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, ln := range lines {
		a, b2, c := b[ln[0][0]][ln[0][1]], b[ln[1][0]][ln[1][1]], b[ln[2][0]][ln[2][1]]
		if a != Empty && a == b2 && b2 == c {
			return a
		}
	}
	return Empty
}

// minimax returns score from X's perspective
func minimax(b Board, turn Cell) int {
	switch b.Winner() {
	case X:
		return 1
	case O:
		return -1
	}
	best, moved := 0, false
	for r := range 3 {
		for c := range 3 {
			if b[r][c] != Empty {
				continue
			}
			nb := b
			nb[r][c] = turn
			next := O
			if turn == O {
				next = X
			}
			s := minimax(nb, next)
			if !moved || (turn == X && s > best) || (turn == O && s < best) {
				best, moved = s, true
			}
		}
	}
	return best
}

func main() {
	b := NewBoard()
	moves := [][2]int{{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 1}, {1, 2}, {3, 3}}
	turn := X
	for _, m := range moves {
		if err := b.Play(m[0], m[1], turn); err != nil {
			fmt.Println("error:", err)
			continue
		}
		if turn == X {
			turn = O
		} else {
			turn = X
		}
	}
	fmt.Print(b)
	fmt.Printf("winner: %c\n", b.Winner())

	copyB := b
	copyB[2][2] = O
	fmt.Println(b[2][2] == Empty, copyB.Winner() == Empty)

	fresh := NewBoard()
	fresh[0][0] = X
	fresh[1][1] = O
	fmt.Println("minimax after two moves:", minimax(fresh, X))
	fmt.Printf("%v %q %T\n", b[0][0], b[1][0], b[0])
}
