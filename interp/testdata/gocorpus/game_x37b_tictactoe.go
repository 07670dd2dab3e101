// Tic-tac-toe with a minimax player that plays against itself and against
// a scripted opponent.
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
	return !strings.ContainsRune(string(b[:]), ' ')
}

func (b Board) String() string {
	var sb strings.Builder
	for r := range 3 {
		fmt.Fprintf(&sb, " %c | %c | %c\n", b[3*r], b[3*r+1], b[3*r+2])
		if r < 2 {
			sb.WriteString("---+---+---\n")
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

var nodes int

// minimax returns the score for player to move and the best move.
func minimax(b *Board, player byte, depth int) (score, move int) {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == player {
			return 10 - depth, -1
		}
		return depth - 10, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -100, -1
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		s, _ := minimax(b, other(player), depth+1)
		b[i] = ' '
		if -s > best {
			best, bestMove = -s, i
		}
	}
	return best, bestMove
}

func play(scripted []int) {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	player := byte('X')
	var moves []string
	for b.Winner() == 0 && !b.Full() {
		var m int
		if player == 'O' && len(scripted) > 0 {
			m, scripted = scripted[0], scripted[1:]
			if b[m] != ' ' {
				panic(fmt.Sprintf("illegal scripted move %d", m))
			}
		} else {
			_, m = minimax(&b, player, 0)
		}
		b[m] = player
		moves = append(moves, fmt.Sprintf("%c%d", player, m))
		player = other(player)
	}
	fmt.Print(b)
	result := "draw"
	if w := b.Winner(); w != 0 {
		result = string(w) + " wins"
	}
	fmt.Printf("moves: %s => %s\n\n", strings.Join(moves, " "), result)
}

func main() {
	play(nil)
	fmt.Println("nodes searched:", nodes)
	nodes = 0
	play([]int{1, 2})
	fmt.Println("nodes searched:", nodes)
}
