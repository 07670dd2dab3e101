package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Board [9]byte

func (b Board) String() string {
	var sb strings.Builder
	for i, c := range b {
		if c == 0 {
			c = '.'
		}
		sb.WriteByte(c)
		if i%3 == 2 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != 0 && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) Free() []int {
	var f []int
	for i, c := range b {
		if c == 0 {
			f = append(f, i)
		}
	}
	return f
}

func play(r *rand.Rand) (Board, byte) {
	var b Board
	turn := byte('X')
	for len(b.Free()) > 0 {
		free := b.Free()
		b[free[r.Intn(len(free))]] = turn
		if w := b.Winner(); w != 0 {
			return b, w
		}
		if turn == 'X' {
			turn = 'O'
		} else {
			turn = 'X'
		}
	}
	return b, 'D'
}

func main() {
	r := rand.New(rand.NewSource(2024))
	tally := map[string]int{}
	for g := range 200 {
		b, w := play(r)
		tally[string(w)]++
		if g < 2 {
			fmt.Print(b, "winner ", string(w), "\n")
		}
	}
	fmt.Println(tally)
}
