package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool { return !strings.Contains(string(b[:]), " ") }

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		if r > 0 {
			sb.WriteString("\n-+-+-\n")
		}
		for c := 0; c < 3; c++ {
			if c > 0 {
				sb.WriteByte('|')
			}
			sb.WriteByte(b[r*3+c])
		}
	}
	return sb.String()
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

// minimax returns the score from X's point of view and the best move.
func minimax(b *Board, turn byte, nodes *int) (score, move int) {
	*nodes++
	switch b.Winner() {
	case 'X':
		return 1, -1
	case 'O':
		return -1, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -2, -1
	if turn == 'O' {
		best = 2
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = turn
		s, _ := minimax(b, other(turn), nodes)
		b[i] = ' '
		if (turn == 'X' && s > best) || (turn == 'O' && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func main() {
	var b Board
	copy(b[:], "X O  O  X")
	fmt.Println(b)
	nodes := 0
	s, m := minimax(&b, 'X', &nodes)
	fmt.Printf("X to move: score=%d move=%d nodes=%d\n\n", s, m, nodes)

	b = Board{}
	for i := range b {
		b[i] = ' '
	}
	turn := byte('X')
	var moves []int
	for b.Winner() == 0 && !b.Full() {
		n := 0
		_, m := minimax(&b, turn, &n)
		b[m] = turn
		moves = append(moves, m)
		turn = other(turn)
	}
	fmt.Println(b)
	w := b.Winner()
	result := "draw"
	if w != 0 {
		result = string(w) + " wins"
	}
	fmt.Println("moves:", moves, "result:", result)
	fmt.Printf("%q %v\n", b[:3], b.Full())
}
