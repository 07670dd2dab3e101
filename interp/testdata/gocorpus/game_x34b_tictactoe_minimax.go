package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func (b Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool {
	return !strings.ContainsRune(string(b[:]), ' ')
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString(strings.ReplaceAll(string(b[r*3:r*3+3]), " ", "."))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

var nodes int

func minimax(b Board, turn, me byte, depth int) int {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == me {
			return 10 - depth
		}
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	best := -100
	if turn != me {
		best = 100
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = turn
		s := minimax(b, other(turn), me, depth+1)
		b[i] = ' '
		if turn == me && s > best || turn != me && s < best {
			best = s
		}
	}
	return best
}

func bestMove(b Board, p byte) int {
	move, score := -1, -100
	for i := range b {
		if b[i] == ' ' {
			b[i] = p
			s := minimax(b, other(p), p, 1)
			b[i] = ' '
			if s > score {
				move, score = i, s
			}
		}
	}
	return move
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	b[0] = 'X'
	b[4] = 'O'
	turn := byte('X')
	for b.Winner() == 0 && !b.Full() {
		m := bestMove(b, turn)
		b[m] = turn
		fmt.Printf("%c plays %d\n", turn, m)
		turn = other(turn)
	}
	fmt.Print(b)
	if w := b.Winner(); w != 0 {
		fmt.Printf("winner %c\n", w)
	} else {
		fmt.Println("draw")
	}
	fmt.Println("nodes searched:", nodes)
}
