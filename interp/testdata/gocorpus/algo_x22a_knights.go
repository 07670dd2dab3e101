package main

import (
	"fmt"
	"strings"
)

type Square struct{ File, Rank int8 }

func ParseSquare(s string) (Square, error) {
	if len(s) != 2 || s[0] < 'a' || s[0] > 'h' || s[1] < '1' || s[1] > '8' {
		return Square{}, fmt.Errorf("invalid square %q", s)
	}
	return Square{int8(s[0] - 'a'), int8(s[1] - '1')}, nil
}

func (s Square) String() string { return string([]byte{byte('a' + s.File), byte('1' + s.Rank)}) }

var knightDeltas = [8][2]int8{{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}}

func (s Square) KnightMoves() []Square {
	out := make([]Square, 0, 8)
	for _, d := range knightDeltas {
		f, r := s.File+d[0], s.Rank+d[1]
		if f >= 0 && f < 8 && r >= 0 && r < 8 {
			out = append(out, Square{f, r})
		}
	}
	return out
}

func shortestPath(from, to Square) []Square {
	prev := map[Square]Square{from: from}
	queue := []Square{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			break
		}
		for _, n := range cur.KnightMoves() {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	var path []Square
	for s := to; s != from; s = prev[s] {
		path = append([]Square{s}, path...)
	}
	return append([]Square{from}, path...)
}

func tour(start Square) ([]Square, bool) {
	visited := map[Square]bool{start: true}
	path := []Square{start}
	cur := start
	degree := func(s Square) int {
		n := 0
		for _, m := range s.KnightMoves() {
			if !visited[m] {
				n++
			}
		}
		return n
	}
	for len(path) < 64 {
		best, bestDeg := Square{-1, -1}, 9
		for _, m := range cur.KnightMoves() {
			if !visited[m] {
				if d := degree(m); d < bestDeg {
					best, bestDeg = m, d
				}
			}
		}
		if bestDeg == 9 {
			return path, false
		}
		visited[best] = true
		path = append(path, best)
		cur = best
	}
	return path, true
}

func main() {
	for _, pair := range [][2]string{{"a1", "h8"}, {"b1", "c3"}, {"d4", "d5"}, {"a1", "z9"}} {
		a, err1 := ParseSquare(pair[0])
		b, err2 := ParseSquare(pair[1])
		if err := firstErr(err1, err2); err != nil {
			fmt.Println("error:", err)
			continue
		}
		p := shortestPath(a, b)
		fmt.Printf("%v -> %v in %d: %v\n", a, b, len(p)-1, p)
	}
	path, ok := tour(Square{0, 0})
	var sb strings.Builder
	for i, s := range path {
		if i%16 == 0 && i > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString(s.String() + " ")
	}
	fmt.Println("tour complete:", ok, len(path))
	fmt.Println(sb.String())
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
