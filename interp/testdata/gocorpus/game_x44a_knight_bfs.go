package main

import (
	"fmt"
	"strings"
)

type Square struct{ File, Rank int8 }

func (s Square) String() string { return string(rune('a'+s.File)) + string(rune('1'+s.Rank)) }

func ParseSquare(s string) (Square, error) {
	if len(s) != 2 || s[0] < 'a' || s[0] > 'h' || s[1] < '1' || s[1] > '8' {
		return Square{}, fmt.Errorf("bad square %q", s)
	}
	return Square{int8(s[0] - 'a'), int8(s[1] - '1')}, nil
}

var jumps = [8][2]int8{{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}}

func (s Square) Moves() []Square {
	out := make([]Square, 0, 8)
	for _, j := range jumps {
		f, r := s.File+j[0], s.Rank+j[1]
		if f >= 0 && f < 8 && r >= 0 && r < 8 {
			out = append(out, Square{f, r})
		}
	}
	return out
}

func distances(from Square) [8][8]int {
	var d [8][8]int
	for i := range d {
		for j := range d[i] {
			d[i][j] = -1
		}
	}
	d[from.Rank][from.File] = 0
	q := []Square{from}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		for _, m := range cur.Moves() {
			if d[m.Rank][m.File] < 0 {
				d[m.Rank][m.File] = d[cur.Rank][cur.File] + 1
				q = append(q, m)
			}
		}
	}
	return d
}

func main() {
	start, _ := ParseSquare("b1")
	d := distances(start)
	fmt.Println("knight distances from", start)
	for r := 7; r >= 0; r-- {
		var row []string
		for f := 0; f < 8; f++ {
			row = append(row, fmt.Sprint(d[r][f]))
		}
		fmt.Printf("%d | %s\n", r+1, strings.Join(row, " "))
	}
	fmt.Println("    a b c d e f g h")
	for _, q := range []string{"h8", "c3", "z9", "a1", "b1"} {
		sq, err := ParseSquare(q)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v: %d moves, neighbours %v\n", sq, d[sq.Rank][sq.File], sq.Moves())
	}
	hist := make(map[int]int)
	for _, row := range d {
		for _, v := range row {
			hist[v]++
		}
	}
	fmt.Println(hist)
}
