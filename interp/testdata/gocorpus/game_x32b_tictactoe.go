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
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		if r > 0 {
			sb.WriteString("-+-+-\n")
		}
		fmt.Fprintf(&sb, "%c|%c|%c\n", b[r*3], b[r*3+1], b[r*3+2])
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

func minimax(b *Board, player, me byte, depth int) int {
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
	if player != me {
		best = 100
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		score := minimax(b, other(player), me, depth+1)
		b[i] = ' '
		if player == me {
			best = max(best, score)
		} else {
			best = min(best, score)
		}
	}
	return best
}

func bestMove(b Board, p byte) int {
	move, best := -1, -100
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = p
		s := minimax(&b, other(p), p, 1)
		b[i] = ' '
		if s > best {
			best, move = s, i
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
	b[8] = 'X'
	player := byte('O')
	for b.Winner() == 0 && !b.Full() {
		m := bestMove(b, player)
		b[m] = player
		fmt.Printf("%c plays %d\n", player, m)
		player = other(player)
	}
	fmt.Print(b)
	if w := b.Winner(); w != 0 {
		fmt.Printf("winner: %c\n", w)
	} else {
		fmt.Println("draw")
	}
	fmt.Println("nodes searched:", nodes)

	win := Board{'X', 'X', ' ', 'O', 'O', ' ', ' ', ' ', ' '}
	fmt.Println("X to move:", bestMove(win, 'X'), "O to move:", bestMove(win, 'O'))
	fmt.Printf("%q %v\n", win[:3], win == Board{})
}
