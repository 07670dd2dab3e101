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
			ch := b[r*3+c]
			if ch == Empty {
				ch = '.'
			}
			sb.WriteByte(byte(ch))
		}
		if r < 2 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

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

func minimax(b *Board, player, me Cell, depth int) int {
	nodes++
	if w := b.Winner(); w != Empty {
		if w == me {
			return 10 - depth
		}
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	best := -100
	if player != me {
		best = 100
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = player
		score := minimax(b, other(player), me, depth+1)
		b[i] = Empty
		if player == me {
			best = max(best, score)
		} else {
			best = min(best, score)
		}
	}
	return best
}

func bestMove(b Board, p Cell) (int, int) {
	move, best := -1, -100
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = p
		s := minimax(&b, other(p), p, 1)
		b[i] = Empty
		if s > best {
			best, move = s, i
		}
	}
	return move, best
}

func main() {
	var b Board
	for i := range b {
		b[i] = Empty
	}
	b[0], b[4] = X, O
	player := X
	for b.Winner() == Empty && !b.Full() {
		m, s := bestMove(b, player)
		b[m] = player
		fmt.Printf("%c -> %d (score %d) %v\n", player, m, s, b)
		player = other(player)
	}
	fmt.Printf("winner=%q full=%t nodes=%d\n", b.Winner(), b.Full(), nodes)
	puzzle := Board{X, X, Empty, O, O, Empty, Empty, Empty, Empty}
	m, s := bestMove(puzzle, O)
	fmt.Println("O should play", m, "score", s, puzzle)
}
