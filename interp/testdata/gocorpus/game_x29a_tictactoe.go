package main

import (
	"errors"
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

var ErrOccupied = errors.New("square already taken")

func NewBoard() Board {
	var b Board
	for r := range b {
		for c := range b[r] {
			b[r][c] = Empty
		}
	}
	return b
}

func (b *Board) Play(p Player, r, c int) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("move (%d,%d) is off the board", r, c)
	}
	if b[r][c] != Empty {
		return fmt.Errorf("move (%d,%d): %w", r, c, ErrOccupied)
	}
	b[r][c] = p
	return nil
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
		for _, sq := range row {
			if sq == Empty {
				return false
			}
		}
	}
	return true
}

func (b Board) String() string {
	rows := make([]string, 3)
	for i, row := range b {
		rows[i] = fmt.Sprintf(" %c | %c | %c ", row[0], row[1], row[2])
	}
	return strings.Join(rows, "\n---+---+---\n")
}

func playGame(name string, moves [][2]int) {
	fmt.Println("==", name, "==")
	b := NewBoard()
	turn := X
	for i, m := range moves {
		if err := b.Play(turn, m[0], m[1]); err != nil {
			fmt.Printf("move %d by %c rejected: %v (occupied=%t)\n", i+1, turn, err, errors.Is(err, ErrOccupied))
			continue
		}
		if w := b.Winner(); w != Empty {
			fmt.Println(b)
			fmt.Printf("%c wins after %d moves!\n", w, i+1)
			return
		}
		if b.Full() {
			fmt.Println(b)
			fmt.Println("It's a draw.")
			return
		}
		if turn == X {
			turn = O
		} else {
			turn = X
		}
	}
	fmt.Println(b)
	fmt.Println("game unfinished")
}

func main() {
	playGame("diagonal", [][2]int{{1, 1}, {0, 1}, {0, 0}, {2, 1}, {2, 2}})
	playGame("draw", [][2]int{{0, 0}, {1, 1}, {2, 2}, {0, 2}, {2, 0}, {1, 0}, {1, 2}, {2, 1}, {0, 1}})
	playGame("mistakes", [][2]int{{0, 0}, {0, 0}, {3, 1}, {1, 0}, {0, 1}, {2, 0}, {0, 2}})
	var b Board
	fmt.Printf("%q %v %d\n", b[0][0], b.Winner() == 0, len(b))
}
