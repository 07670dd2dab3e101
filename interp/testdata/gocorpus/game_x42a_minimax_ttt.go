package main

import (
	"fmt"
	"strings"
)

const input = `X.O
.X.
O..`

type Board [9]byte

func (b Board) Winner() byte {
	lines := [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}
	for _, l := range lines {
		if b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool {
	return !strings.Contains(string(b[:]), ".")
}

var memo = map[Board]int{}
var nodes int

func minimax(b Board, turn byte) int {
	if v, ok := memo[b]; ok {
		return v
	}
	nodes++
	if w := b.Winner(); w != 0 {
		if w == 'X' {
			return 1
		}
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
		if b[i] != '.' {
			continue
		}
		b[i] = turn
		var v int
		if turn == 'X' {
			v = minimax(b, 'O')
			best = max(best, v)
		} else {
			v = minimax(b, 'X')
			best = min(best, v)
		}
		b[i] = '.'
	}
	memo[b] = best
	return best
}

func main() {
	var b Board
	copy(b[:], strings.ReplaceAll(input, "\n", ""))
	for _, turn := range []byte{'X', 'O'} {
		clear(memo)
		nodes = 0
		fmt.Printf("%c to move:\n", turn)
		for i := range b {
			if b[i] != '.' {
				continue
			}
			nb := b
			nb[i] = turn
			next := byte('O')
			if turn == 'O' {
				next = 'X'
			}
			fmt.Printf("  move %d (%d,%d) -> %+d\n", i, i/3, i%3, minimax(nb, next))
		}
		fmt.Println("  nodes:", nodes, "memo:", len(memo))
	}
	fmt.Printf("%q %v\n", b[:3], b.Winner() == 0)
}
