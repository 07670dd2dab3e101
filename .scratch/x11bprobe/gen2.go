package main

import (
	"fmt"
	"strings"
)

type Number interface{ ~int | ~float64 }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + strings.ToUpper(v)
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return fmt.Sprintf("other %T", x)
}

type Base[T any] struct{ items []T }

func (b *Base[T]) Add(x T)    { b.items = append(b.items, x) }
func (b *Base[T]) Count() int { return len(b.items) }

type Named[T any] struct {
	Base[T]
	Name string
}

type Meters float64

func (m Meters) String() string { return fmt.Sprintf("%gm", float64(m)) }

type Tree[T Number] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	fmt.Println(Describe(3), Describe("go"), Describe(Meters(2)), Describe(2.5))
	n := Named[Meters]{Name: "legs"}
	n.Add(1)
	n.Add(2.5)
	fmt.Println(n.Count(), n.items, n.Name)
	var root *Tree[Meters]
	for _, v := range []Meters{5, 2, 8, 1, 9} {
		root = root.Insert(v)
	}
	var out []string
	root.Walk(func(m Meters) { out = append(out, m.String()) })
	fmt.Println(out)
}
