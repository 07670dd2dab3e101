package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cell int

const (
	Empty Cell = iota
	X
	O
)

func (c Cell) String() string { return [...]string{".", "X", "O"}[c] }

func (c Cell) Opponent() Cell {
	if c == X {
		return O
	}
	return X
}

type Board [9]Cell

var ErrOccupied = errors.New("cell occupied")

type MoveError struct {
	Pos int
	Err error
}

func (e MoveError) Error() string { return fmt.Sprintf("move %d: %v", e.Pos, e.Err) }
func (e MoveError) Unwrap() error { return e.Err }

func (b *Board) Play(pos int, c Cell) error {
	if pos < 0 || pos >= len(b) {
		return MoveError{pos, errors.New("out of range")}
	}
	if b[pos] != Empty {
		return MoveError{pos, ErrOccupied}
	}
	b[pos] = c
	return nil
}

var lines = [][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() Cell {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == Empty {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			sb.WriteString(b[r*3+c].String())
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func minimax(b Board, turn, me Cell, depth int) int {
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
	if turn != me {
		best = 100
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		s := minimax(b, turn.Opponent(), me, depth+1)
		b[i] = Empty
		if turn == me && s > best || turn != me && s < best {
			best = s
		}
	}
	return best
}

func bestMove(b Board, me Cell) int {
	move, best := -1, -1000
	for i := range b {
		if b[i] == Empty {
			b[i] = me
			if s := minimax(b, me.Opponent(), me, 1); s > best {
				move, best = i, s
			}
			b[i] = Empty
		}
	}
	return move
}

func main() {
	var b Board
	for _, m := range []int{4, 0, 4, 9} {
		err := b.Play(m, X)
		fmt.Println(m, err, errors.Is(err, ErrOccupied))
	}
	b = Board{}
	b.Play(0, X)
	turn := O
	for b.Winner() == Empty && !b.Full() {
		m := bestMove(b, turn)
		b.Play(m, turn)
		fmt.Printf("%v plays %d\n", turn, m)
		turn = turn.Opponent()
	}
	fmt.Print(b)
	fmt.Println("winner:", b.Winner(), "full:", b.Full())
	b2 := Board{X, X, Empty, O, O, Empty, Empty, Empty, Empty}
	fmt.Println("X to move:", bestMove(b2, X), "O to move:", bestMove(b2, O))
	fmt.Printf("%v %d\n", b2, b2)
}
