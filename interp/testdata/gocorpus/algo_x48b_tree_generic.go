package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Value    T
	Children []*Tree[T]
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Value: v} }

func Node[T any](v T, kids ...*Tree[T]) *Tree[T] { return &Tree[T]{v, kids} }

func (t *Tree[T]) Walk(visit func(depth int, v T)) {
	var rec func(*Tree[T], int)
	rec = func(n *Tree[T], d int) {
		visit(d, n.Value)
		for _, c := range n.Children {
			rec(c, d+1)
		}
	}
	rec(t, 0)
}

func Fold[T, A any](t *Tree[T], f func(v T, kids []A) A) A {
	kids := make([]A, len(t.Children))
	for i, c := range t.Children {
		kids[i] = Fold(c, f)
	}
	return f(t.Value, kids)
}

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	out := &Tree[U]{Value: f(t.Value)}
	for _, c := range t.Children {
		out.Children = append(out.Children, MapTree(c, f))
	}
	return out
}

type File struct {
	Name string
	Size int
}

func main() {
	fs := Node(File{"/", 0},
		Node(File{"src", 0},
			Leaf(File{"main.go", 1200}),
			Leaf(File{"util.go", 800}),
			Node(File{"internal", 0}, Leaf(File{"db.go", 3000}))),
		Leaf(File{"README.md", 450}),
		Node(File{"empty", 0}))

	fs.Walk(func(d int, f File) {
		fmt.Printf("%s%s\n", strings.Repeat("  ", d), f.Name)
	})
	total := Fold(fs, func(f File, kids []int) int {
		s := f.Size
		for _, k := range kids {
			s += k
		}
		return s
	})
	fmt.Println("total bytes:", total)
	depth := Fold(fs, func(_ File, kids []int) int {
		m := 0
		for _, k := range kids {
			m = max(m, k)
		}
		return m + 1
	})
	fmt.Println("depth:", depth)

	names := MapTree(fs, func(f File) string { return strings.ToUpper(f.Name) })
	leaves := Fold(names, func(n string, kids [][]string) []string {
		if len(kids) == 0 {
			return []string{n}
		}
		var all []string
		for _, k := range kids {
			all = append(all, k...)
		}
		return all
	})
	fmt.Printf("%q\n", leaves)
	expr := Node("+", Leaf("1"), Node("*", Leaf("2"), Leaf("3")))
	fmt.Println(Fold(expr, func(op string, kids []string) string {
		if len(kids) == 0 {
			return op
		}
		return "(" + strings.Join(kids, " "+op+" ") + ")"
	}))
	fmt.Printf("%T %T\n", names, expr.Children[0].Value)
}
