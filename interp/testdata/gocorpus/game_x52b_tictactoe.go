package main

import "fmt"

type Board [9]byte

func (b Board) String() string {
	s := ""
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			ch := b[r*3+c]
			if ch == 0 {
				ch = '.'
			}
			s += string(ch)
		}
		s += "\n"
	}
	return s
}

var lines = [][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != 0 && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) Full() bool {
	for _, c := range b {
		if c == 0 {
			return false
		}
	}
	return true
}

func minimax(b *Board, me, turn byte) int {
	if w := b.Winner(); w != 0 {
		if w == me {
			return 1
		}
		return -1
	}
	if b.Full() {
		return 0
	}
	other := byte('X')
	if turn == 'X' {
		other = 'O'
	}
	best := -2
	if turn != me {
		best = 2
	}
	for i := range b {
		if b[i] != 0 {
			continue
		}
		b[i] = turn
		v := minimax(b, me, other)
		b[i] = 0
		if turn == me && v > best || turn != me && v < best {
			best = v
		}
	}
	return best
}

func bestMove(b Board, me byte) int {
	other := byte('X')
	if me == 'X' {
		other = 'O'
	}
	best, move := -2, -1
	for i := range b {
		if b[i] == 0 {
			b[i] = me
			if v := minimax(&b, me, other); v > best {
				best, move = v, i
			}
			b[i] = 0
		}
	}
	return move
}

func main() {
	human := []int{4, 0, 5, 7, 2}
	var b Board
	hi := 0
	for turn := 0; ; turn++ {
		var mv int
		var who byte
		if turn%2 == 0 {
			who = 'X'
			for hi < len(human) && b[human[hi]] != 0 {
				hi++
			}
			if hi >= len(human) {
				break
			}
			mv = human[hi]
			hi++
		} else {
			who = 'O'
			mv = bestMove(b, 'O')
		}
		b[mv] = who
		fmt.Printf("%c plays %d\n%v", who, mv, b)
		if w := b.Winner(); w != 0 {
			fmt.Printf("%c wins\n", w)
			return
		}
		if b.Full() {
			fmt.Println("draw")
			return
		}
	}
	fmt.Println("out of moves")
}
