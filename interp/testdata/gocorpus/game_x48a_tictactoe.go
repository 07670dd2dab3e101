package main

import (
	"fmt"
	"strings"
)

type Board [3][3]rune

func (b Board) String() string {
	var sb strings.Builder
	for i, row := range b {
		for j, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteRune(c)
			if j < 2 {
				sb.WriteString(" | ")
			}
		}
		if i < 2 {
			sb.WriteString("\n---------\n")
		}
	}
	return sb.String()
}

func (b *Board) Play(r, c int, p rune) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("position (%d,%d) off the board", r, c)
	}
	if b[r][c] != 0 {
		return fmt.Errorf("position (%d,%d) taken by %c", r, c, b[r][c])
	}
	b[r][c] = p
	return nil
}

func (b Board) Winner() rune {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != 0 && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func main() {
	var b Board
	moves := [][2]int{{1, 1}, {0, 0}, {1, 1}, {0, 2}, {3, 0}, {0, 1}, {2, 0}, {1, 0}, {2, 2}, {1, 2}, {2, 1}}
	players := []rune{'X', 'O'}
	turn := 0
	for _, m := range moves {
		p := players[turn%2]
		if err := b.Play(m[0], m[1], p); err != nil {
			fmt.Printf("%c: %v\n", p, err)
			continue
		}
		turn++
		if w := b.Winner(); w != 0 {
			fmt.Printf("%c wins after %d moves\n", w, turn)
			break
		}
	}
	fmt.Println(b)
	copyB := b
	copyB[0][0] = 'Z'
	fmt.Printf("%c %c %d\n", b[0][0], copyB[0][0], b.Winner())
}
