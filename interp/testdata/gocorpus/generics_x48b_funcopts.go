package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Query[T any] struct {
	filters []func(T) bool
	less    func(a, b T) int
	limit   int
	offset  int
}

type Option[T any] func(*Query[T])

func Where[T any](pred func(T) bool) Option[T] {
	return func(q *Query[T]) { q.filters = append(q.filters, pred) }
}

func OrderBy[T any, K cmp.Ordered](key func(T) K, desc bool) Option[T] {
	return func(q *Query[T]) {
		q.less = func(a, b T) int {
			c := cmp.Compare(key(a), key(b))
			if desc {
				return -c
			}
			return c
		}
	}
}

func Limit[T any](n int) Option[T]  { return func(q *Query[T]) { q.limit = n } }
func Offset[T any](n int) Option[T] { return func(q *Query[T]) { q.offset = n } }

func Select[T any](data []T, opts ...Option[T]) []T {
	q := &Query[T]{limit: -1}
	for _, o := range opts {
		o(q)
	}
	var out []T
outer:
	for _, d := range data {
		for _, f := range q.filters {
			if !f(d) {
				continue outer
			}
		}
		out = append(out, d)
	}
	if q.less != nil {
		slices.SortStableFunc(out, q.less)
	}
	out = out[min(q.offset, len(out)):]
	if q.limit >= 0 && q.limit < len(out) {
		out = out[:q.limit]
	}
	return out
}

type Book struct {
	Title  string
	Author string
	Year   int
	Pages  int
}

func main() {
	books := []Book{
		{"Dune", "Herbert", 1965, 412},
		{"Neuromancer", "Gibson", 1984, 271},
		{"Hyperion", "Simmons", 1989, 482},
		{"Foundation", "Asimov", 1951, 255},
		{"I, Robot", "Asimov", 1950, 253},
		{"Snow Crash", "Stephenson", 1992, 480},
	}
	show := func(label string, bs []Book) {
		ts := make([]string, len(bs))
		for i, b := range bs {
			ts[i] = fmt.Sprintf("%s(%d)", b.Title, b.Year)
		}
		fmt.Printf("%-8s %s\n", label+":", strings.Join(ts, ", "))
	}
	show("all", Select(books))
	show("old", Select(books, Where(func(b Book) bool { return b.Year < 1970 }), OrderBy(func(b Book) int { return b.Year }, false)))
	show("long", Select(books, Where(func(b Book) bool { return b.Pages > 400 }), OrderBy(func(b Book) string { return b.Title }, true), Limit[Book](2)))
	show("page2", Select(books, OrderBy(func(b Book) string { return b.Author }, false), Offset[Book](2), Limit[Book](2)))
	show("none", Select(books, Where(func(b Book) bool { return b.Author == "Tolkien" })))
	nums := Select([]int{5, 3, 8, 1, 9, 2}, Where(func(n int) bool { return n%2 == 1 }), OrderBy(func(n int) int { return n }, true))
	fmt.Println(nums, len(Select([]int{1, 2}, Offset[int](5))))
}
