package main

import (
	"fmt"
	"math/bits"
	"strings"
)

const puzzle = `53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

type Board struct {
	cells          [9][9]uint8
	rows, cols, bx [9]uint16
	steps          int
}

func (b *Board) set(r, c int, v uint8) {
	b.cells[r][c] = v
	bit := uint16(1) << v
	b.rows[r] |= bit
	b.cols[c] |= bit
	b.bx[r/3*3+c/3] |= bit
}

func (b *Board) unset(r, c int) {
	bit := ^(uint16(1) << b.cells[r][c])
	b.rows[r] &= bit
	b.cols[c] &= bit
	b.bx[r/3*3+c/3] &= bit
	b.cells[r][c] = 0
}

func (b *Board) solve() bool {
	b.steps++
	br, bc, bestCount := -1, -1, 10
	var bestMask uint16
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b.cells[r][c] != 0 {
				continue
			}
			free := ^(b.rows[r] | b.cols[c] | b.bx[r/3*3+c/3]) & 0x3fe
			if n := bits.OnesCount16(free); n < bestCount {
				br, bc, bestCount, bestMask = r, c, n, free
			}
		}
	}
	if br < 0 {
		return true
	}
	for m := bestMask; m != 0; m &= m - 1 {
		v := uint8(bits.TrailingZeros16(m))
		b.set(br, bc, v)
		if b.solve() {
			return true
		}
		b.unset(br, bc)
	}
	return false
}

func (b *Board) String() string {
	var sb strings.Builder
	for r, row := range b.cells {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	var b Board
	for r, line := range strings.Split(puzzle, "\n") {
		for c, ch := range line {
			if ch != '.' {
				b.set(r, c, uint8(ch-'0'))
			}
		}
	}
	ok := b.solve()
	fmt.Println("solved:", ok, "steps:", b.steps)
	fmt.Print(b.String())
	sum := 0
	for _, v := range b.cells[0][:3] {
		sum = sum*10 + int(v)
	}
	fmt.Println("corner", sum)
}
