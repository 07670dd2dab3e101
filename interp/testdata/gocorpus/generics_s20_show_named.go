package main

import (
	"fmt"
	"strings"
)

type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

type P struct{ X int }

func (p P) String() string { return fmt.Sprintf("P<%d>", p.X) }

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

func Show[T any](x T) string { return fmt.Sprintf("%T %v", x, x) }

func Join[T fmt.Stringer](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, ",")
}

func Max[T ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Show(Meters(2)), Show(P{3}), Show(Names{"a", "b"}))
	fmt.Println(Show([]Meters{1, 2}))
	fmt.Println(Join([]Meters{1, 2}), Join([]P{{1}}))
	fmt.Println(Max(Meters(1), Meters(4)))
	f := Show[Meters]
	fmt.Println(f(5))
}
