package main

import (
	"fmt"
	"strings"
)

const Rows, Cols = 6, 7

type Player byte

const (
	None   Player = '.'
	Red    Player = 'R'
	Yellow Player = 'Y'
)

type Board struct {
	cells [Rows][Cols]Player
	moves int
}

func NewBoard() *Board {
	b := &Board{}
	for r := range b.cells {
		for c := range b.cells[r] {
			b.cells[r][c] = None
		}
	}
	return b
}

func (b *Board) Drop(col int, p Player) (row int, err error) {
	if col < 0 || col >= Cols {
		return -1, fmt.Errorf("column %d out of range", col)
	}
	for r := Rows - 1; r >= 0; r-- {
		if b.cells[r][col] == None {
			b.cells[r][col] = p
			b.moves++
			return r, nil
		}
	}
	return -1, fmt.Errorf("column %d is full", col)
}

func (b *Board) wins(r, c int) bool {
	p := b.cells[r][c]
	for _, d := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
		n := 1
		for _, sign := range []int{1, -1} {
			rr, cc := r+d[0]*sign, c+d[1]*sign
			for rr >= 0 && rr < Rows && cc >= 0 && cc < Cols && b.cells[rr][cc] == p {
				n++
				rr += d[0] * sign
				cc += d[1] * sign
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.cells {
		sb.WriteString(string(row[:]))
		sb.WriteByte('\n')
	}
	sb.WriteString("0123456\n")
	return sb.String()
}

func main() {
	b := NewBoard()
	moves := []int{3, 3, 4, 4, 2, 9, 5, 1, 5}
	turn := Red
	for _, m := range moves {
		r, err := b.Drop(m, turn)
		if err != nil {
			fmt.Printf("%c: %v\n", turn, err)
			continue
		}
		if b.wins(r, m) {
			fmt.Printf("%c wins at row %d col %d after %d moves\n", turn, r, m, b.moves)
			break
		}
		if turn == Red {
			turn = Yellow
		} else {
			turn = Red
		}
	}
	fmt.Print(b)
	full := NewBoard()
	for i := 0; i < 7; i++ {
		_, err := full.Drop(0, Player("RY"[i%2]))
		if err != nil {
			fmt.Println(err)
		}
	}
	fmt.Printf("%c %v %d\n", full.cells[0][0], full.cells[5][0] == Red, full.moves)
}
