package main

import (
	"fmt"
	"iter"
	"strings"
)

type Board struct {
	w, h  int
	cells []rune
}

func NewBoard(rows ...string) *Board {
	b := &Board{w: len(rows[0]), h: len(rows)}
	for _, r := range rows {
		b.cells = append(b.cells, []rune(r)...)
	}
	return b
}

func (b *Board) All() iter.Seq2[[2]int, rune] {
	return func(yield func([2]int, rune) bool) {
		for i, c := range b.cells {
			if !yield([2]int{i % b.w, i / b.w}, c) {
				return
			}
		}
	}
}

func (b *Board) Rows() iter.Seq[string] {
	return func(yield func(string) bool) {
		for y := 0; y < b.h; y++ {
			if !yield(string(b.cells[y*b.w : (y+1)*b.w])) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func (b *Board) Move(from, to [2]int) {
	fi, ti := from[1]*b.w+from[0], to[1]*b.w+to[0]
	b.cells[ti], b.cells[fi] = b.cells[fi], '.'
}

func main() {
	b := NewBoard(
		"r.k.",
		".p..",
		"..P.",
		"R..K",
	)
	moves := [][2][2]int{{{2, 2}, {1, 1}}, {{0, 0}, {0, 3}}, {{3, 3}, {2, 3}}}
	for n, m := range moves {
		b.Move(m[0], m[1])
		fmt.Printf("move %d: %v -> %v\n", n+1, m[0], m[1])
		for row := range b.Rows() {
			fmt.Println(" ", row)
		}
		var white, black []string
		for pos, c := range b.All() {
			switch {
			case c == '.':
			case c >= 'A' && c <= 'Z':
				white = append(white, fmt.Sprintf("%c@%d,%d", c, pos[0], pos[1]))
			default:
				black = append(black, fmt.Sprintf("%c@%d,%d", c, pos[0], pos[1]))
			}
		}
		fmt.Println("  white:", strings.Join(white, " "), "black:", strings.Join(black, " "))
	}
	for r := range Filter(b.Rows(), func(s string) bool { return strings.Trim(s, ".") != "" }) {
		fmt.Printf("%q\n", r)
		if strings.Contains(r, "K") {
			break
		}
	}
}
