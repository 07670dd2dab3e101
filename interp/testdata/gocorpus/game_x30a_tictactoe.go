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
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := range 3 {
		sb.WriteString(" " + strings.Join([]string{string(b[r*3]), string(b[r*3+1]), string(b[r*3+2])}, " | ") + "\n")
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

// minimax returns the score for player p to move (+1 win, 0 draw, -1 loss) and the best move.
func minimax(b *Board, p byte) (int, int) {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == p {
			return 1, -1
		}
		return -1, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, move := -2, -1
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = p
		s, _ := minimax(b, other(p))
		b[i] = ' '
		if -s > best {
			best, move = -s, i
		}
	}
	return best, move
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	b[0] = 'X'
	b[4] = 'O'
	p := byte('X')
	for b.Winner() == 0 && !b.Full() {
		score, mv := minimax(&b, p)
		fmt.Printf("%c plays %d (expects %+d)\n", p, mv, score)
		b[mv] = p
		p = other(p)
	}
	fmt.Print(b)
	if w := b.Winner(); w != 0 {
		fmt.Printf("winner: %c\n", w)
	} else {
		fmt.Println("draw")
	}
	fmt.Println("nodes searched:", nodes)

	trap := Board{'X', 'O', ' ', ' ', 'X', ' ', ' ', ' ', 'O'}
	s, mv := minimax(&trap, 'O')
	fmt.Printf("O to move on trap: score %d move %d\n%v", s, mv, trap)
}
