package main

import "fmt"

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

func (b Board) Full() bool {
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

type key struct {
	b Board
	p byte
}

var memo = map[key]int{}
var nodes int

func minimax(b Board, p byte) int {
	if w := b.Winner(); w != 0 {
		if w == 'X' {
			return 1
		}
		return -1
	}
	if b.Full() {
		return 0
	}
	k := key{b, p}
	if v, ok := memo[k]; ok {
		return v
	}
	nodes++
	best := -2
	if p == 'O' {
		best = 2
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		nb := b
		nb[i] = p
		v := minimax(nb, other(p))
		if p == 'X' && v > best || p == 'O' && v < best {
			best = v
		}
	}
	memo[k] = best
	return best
}

func bestMove(b Board, p byte) int {
	move, score := -1, 0
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		nb := b
		nb[i] = p
		v := minimax(nb, other(p))
		if p == 'O' {
			v = -v
		}
		if move < 0 || v > score {
			move, score = i, v
		}
	}
	return move
}

func (b Board) String() string {
	s := ""
	for r := 0; r < 3; r++ {
		s += fmt.Sprintf("%c|%c|%c\n", b[r*3], b[r*3+1], b[r*3+2])
	}
	return s
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	fmt.Println("value of empty board:", minimax(b, 'X'), "positions:", nodes, len(memo))
	p := byte('X')
	for b.Winner() == 0 && !b.Full() {
		m := bestMove(b, p)
		b[m] = p
		p = other(p)
	}
	fmt.Print(b)
	fmt.Printf("winner=%q\n", b.Winner())
	puzzle := Board{'X', 'O', 'X', ' ', 'O', ' ', ' ', ' ', ' '}
	fmt.Println("X should play", bestMove(puzzle, 'X'), "value", minimax(puzzle, 'X'))
}
