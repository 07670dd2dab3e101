package main

import (
	"fmt"
	"strings"
)

type Player byte

const (
	Empty Player = ' '
	X     Player = 'X'
	O     Player = 'O'
)

type Board [3][3]Player

func (b Board) String() string {
	var sb strings.Builder
	for i, row := range b {
		for j, c := range row {
			sb.WriteByte(byte(c))
			if j < 2 {
				sb.WriteString("|")
			}
		}
		if i < 2 {
			sb.WriteString("\n-+-+-\n")
		}
	}
	return sb.String()
}

func (b Board) Winner() Player {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != Empty && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return Empty
}

func (b Board) Full() bool {
	for _, row := range b {
		for _, c := range row {
			if c == Empty {
				return false
			}
		}
	}
	return true
}

func other(p Player) Player {
	if p == X {
		return O
	}
	return X
}

// minimax returns the score of the board for player X and the best move.
func minimax(b Board, turn Player) (score int, move [2]int) {
	if w := b.Winner(); w == X {
		return 1, move
	} else if w == O {
		return -1, move
	}
	if b.Full() {
		return 0, move
	}
	best := -2
	if turn == O {
		best = 2
	}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if b[i][j] != Empty {
				continue
			}
			b[i][j] = turn
			s, _ := minimax(b, other(turn))
			b[i][j] = Empty
			if (turn == X && s > best) || (turn == O && s < best) {
				best, move = s, [2]int{i, j}
			}
		}
	}
	return best, move
}

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = Empty
		}
	}
	// a couple of fixed opening moves, then perfect play
	b[0][0] = X
	b[1][1] = O
	turn := X
	for b.Winner() == Empty && !b.Full() {
		_, m := minimax(b, turn)
		b[m[0]][m[1]] = turn
		fmt.Printf("%c plays %v\n", turn, m)
		turn = other(turn)
	}
	fmt.Println(b)
	if w := b.Winner(); w != Empty {
		fmt.Printf("winner: %c\n", w)
	} else {
		fmt.Println("draw")
	}

	var c Board
	c[0] = [3]Player{X, X, Empty}
	c[1] = [3]Player{O, O, Empty}
	c[2] = [3]Player{Empty, Empty, Empty}
	s, m := minimax(c, X)
	fmt.Println("X to move: score", s, "move", m)
	fmt.Println("boards equal:", b == c, c == c)
}
