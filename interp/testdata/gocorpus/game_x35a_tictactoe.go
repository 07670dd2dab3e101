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
				sb.WriteByte('|')
			}
		}
		if i < 2 {
			sb.WriteString("\n-+-+-\n")
		}
	}
	return sb.String()
}

func (b *Board) Play(r, c int, p rune) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("move (%d,%d) off the board", r, c)
	}
	if b[r][c] != 0 {
		return fmt.Errorf("cell (%d,%d) taken by %c", r, c, b[r][c])
	}
	b[r][c] = p
	return nil
}

func (b Board) Winner() rune {
	lines := [][3][2]int{
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
	moves := [][2]int{{1, 1}, {0, 0}, {1, 1}, {0, 2}, {0, 1}, {2, 1}, {3, 0}, {1, 0}, {2, 0}, {1, 2}}
	player := 'X'
	for _, m := range moves {
		if err := b.Play(m[0], m[1], player); err != nil {
			fmt.Println("invalid:", err)
			continue
		}
		fmt.Printf("%c plays %v\n", player, m)
		if w := b.Winner(); w != 0 {
			fmt.Printf("%c wins!\n", w)
			break
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Println(b)
	copyB := b
	copyB[2][2] = 'Z'
	fmt.Println(b[2][2] == 0, copyB[2][2] == 'Z')
}
