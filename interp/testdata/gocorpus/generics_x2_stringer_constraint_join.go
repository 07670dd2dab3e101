// Exercises: a constraint using fmt.Stringer and a generic Join over user types.
package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Labeled interface {
	comparable
	fmt.Stringer
}

func CountDistinct[T Labeled](xs []T) map[string]int {
	m := map[string]int{}
	for _, x := range xs {
		m[x.String()]++
	}
	return m
}

func main() {
	fmt.Println(Join([]Color{Blue, Red, Green}, " | "))
	fmt.Println(Join([]Point{{1, 2}, {3, 4}}, ", "))
	counts := CountDistinct([]Color{Red, Red, Blue})
	fmt.Println(counts["red"], counts["blue"], counts["green"])
	fmt.Println(Green, []Color{Red, Blue})
}
