// Reduction of game_x35b_tictactoe.go: slowness, no wrong output.
// Go runs this in a few ms and prints: nodes=549946 score=0
// The session needs several seconds for the full program (7.1-7.6 s in batch
// 2, where both styles passed; in batch 3 the notebook style hit the time
// limit: "Interrupted: the cell was interrupted; variables keep the values
// they had", after printing only the first part).
// The cost is a recursive minimax over a [9]byte board value type with
// methods (Winner, Full via string(b[:])) called at every node.
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

func minimax(b *Board, turn byte, nodes *int) int {
	*nodes++
	switch b.Winner() {
	case 'X':
		return 1
	case 'O':
		return -1
	}
	if b.Full() {
		return 0
	}
	best := -2
	if turn == 'O' {
		best = 2
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = turn
		next := byte('X')
		if turn == 'X' {
			next = 'O'
		}
		s := minimax(b, next, nodes)
		b[i] = ' '
		if (turn == 'X' && s > best) || (turn == 'O' && s < best) {
			best = s
		}
	}
	return best
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	n := 0
	s := minimax(&b, 'X', &n)
	fmt.Printf("nodes=%d score=%d\n", n, s)
}
