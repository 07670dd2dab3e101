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

func (b *Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) Full() bool {
	return !strings.Contains(string(b[:]), " ")
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		if r > 0 {
			sb.WriteString("---+---+---\n")
		}
		fmt.Fprintf(&sb, " %c | %c | %c\n", b[3*r], b[3*r+1], b[3*r+2])
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

func minimax(b *Board, player, me byte, depth int) (score, move int) {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == me {
			return 10 - depth, -1
		}
		return depth - 10, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -100, -1
	if player != me {
		best = 100
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		s, _ := minimax(b, other(player), me, depth+1)
		b[i] = ' '
		if (player == me && s > best) || (player != me && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func play(b Board, player byte) (Board, byte) {
	for b.Winner() == 0 && !b.Full() {
		_, m := minimax(&b, player, player, 0)
		b[m] = player
		player = other(player)
	}
	return b, b.Winner()
}

func main() {
	var empty Board
	for i := range empty {
		empty[i] = ' '
	}
	empty[4] = 'X' // X opens in the centre
	final, w := play(empty, 'O')
	fmt.Print(final)
	if w == 0 {
		fmt.Println("draw; nodes searched:", nodes)
	} else {
		fmt.Printf("%c wins\n", w)
	}

	// a position where X can win immediately
	var b Board
	copy(b[:], "XX OO    ")
	score, move := minimax(&b, 'X', 'X', 0)
	fmt.Println("X to play: move", move, "score", score)
	score, move = minimax(&b, 'O', 'O', 0)
	fmt.Println("O to play: move", move, "score", score)
	fin, w := play(b, 'O')
	fmt.Printf("%v%c wins (%q)\n", fin, w, string(fin[:]))
}
