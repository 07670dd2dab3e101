package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Year   int
	OnLoan bool
}

func (b Book) String() string {
	status := "available"
	if b.OnLoan {
		status = "on loan"
	}
	return fmt.Sprintf("%q by %s (%d) [%s]", b.Title, b.Author, b.Year, status)
}

type Keyed interface {
	Key() string
}

func (b Book) Key() string { return b.ISBN }

type Catalog[T Keyed] struct {
	items map[string]T
	order []string
}

func NewCatalog[T Keyed]() *Catalog[T] {
	return &Catalog[T]{items: make(map[string]T)}
}

func (c *Catalog[T]) Put(v T) {
	k := v.Key()
	if _, ok := c.items[k]; !ok {
		c.order = append(c.order, k)
	}
	c.items[k] = v
}

func (c *Catalog[T]) Get(k string) (T, bool) {
	v, ok := c.items[k]
	return v, ok
}

func (c *Catalog[T]) Filter(pred func(T) bool) []T {
	var out []T
	for _, k := range c.order {
		if v := c.items[k]; pred(v) {
			out = append(out, v)
		}
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		m[key(x)] = append(m[key(x)], x)
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	lib := NewCatalog[Book]()
	lib.Put(Book{"978-0", "The Go Programming Language", "Donovan", 2015, false})
	lib.Put(Book{"978-1", "Dune", "Herbert", 1965, true})
	lib.Put(Book{"978-2", "Neuromancer", "Gibson", 1984, false})
	lib.Put(Book{"978-3", "Children of Dune", "Herbert", 1976, false})
	lib.Put(Book{"978-1", "Dune", "Herbert", 1965, false})

	if b, ok := lib.Get("978-2"); ok {
		fmt.Println("found:", b)
	}
	if _, ok := lib.Get("000"); !ok {
		fmt.Println("not found: 000")
	}
	old := lib.Filter(func(b Book) bool { return b.Year < 1980 })
	slices.SortFunc(old, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
	for _, b := range old {
		fmt.Println(" ", b)
	}
	all := lib.Filter(func(Book) bool { return true })
	groups := GroupBy(all, func(b Book) string { return b.Author })
	authors := make([]string, 0, len(groups))
	for a := range groups {
		authors = append(authors, a)
	}
	slices.Sort(authors)
	for _, a := range authors {
		titles := Map(groups[a], func(b Book) string { return b.Title })
		fmt.Printf("%-8s %d: %s\n", a, len(titles), strings.Join(titles, "; "))
	}
	fmt.Printf("%T %d\n", lib, len(lib.order))
	years := Map(all, func(b Book) int { return b.Year })
	fmt.Println(years, slices.Max(years)-slices.Min(years))
}
