package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int64

type Page[T any] struct {
	Items      []T
	Number     int
	TotalPages int
}

func (p Page[T]) HasNext() bool { return p.Number < p.TotalPages }

func (p Page[T]) String() string {
	return fmt.Sprintf("page %d/%d (%d items)", p.Number, p.TotalPages, len(p.Items))
}

var ErrPage = errors.New("page out of range")

func Paginate[T any](all []T, size, n int) (Page[T], error) {
	if size <= 0 {
		panic("page size must be positive")
	}
	total := (len(all) + size - 1) / size
	if n < 1 || n > max(total, 1) {
		return Page[T]{}, fmt.Errorf("page %d of %d: %w", n, total, ErrPage)
	}
	start := (n - 1) * size
	end := min(start+size, len(all))
	return Page[T]{Items: all[start:end], Number: n, TotalPages: total}, nil
}

func Sum[T any, N Number](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) []Pair[K, []T] {
	var out []Pair[K, []T]
	idx := map[K]int{}
	for _, x := range xs {
		k := key(x)
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, Pair[K, []T]{Key: k})
		}
		out[i].Val = append(out[i].Val, x)
	}
	return out
}

type Product struct {
	Name     string
	Category string
	Price    Cents
}

func (c Cents) String() string { return fmt.Sprintf("€%d,%02d", c/100, c%100) }

func main() {
	var catalog []Product
	cats := []string{"books", "toys", "garden"}
	for i := 1; i <= 11; i++ {
		catalog = append(catalog, Product{
			Name:     fmt.Sprintf("item-%02d", i),
			Category: cats[i%len(cats)],
			Price:    Cents(i*250 + i%3*99),
		})
	}
	for n := 1; ; n++ {
		p, err := Paginate(catalog, 4, n)
		if err != nil {
			fmt.Println("stop:", err, errors.Is(err, ErrPage))
			break
		}
		names := make([]string, len(p.Items))
		for i, it := range p.Items {
			names[i] = it.Name
		}
		fmt.Printf("%v: %s | subtotal %v | next=%t\n", p, strings.Join(names, " "), Sum(p.Items, func(p Product) Cents { return p.Price }), p.HasNext())
	}
	for _, g := range GroupBy(catalog, func(p Product) string { return p.Category }) {
		avg := Sum(g.Val, func(p Product) float64 { return float64(p.Price) }) / float64(len(g.Val)) / 100
		fmt.Printf("%-6s n=%d avg=%.2f first=%+v\n", g.Key, len(g.Val), avg, g.Val[0])
	}
	byLen := GroupBy([]string{"ox", "cat", "dog", "ant", "bee", "elk", "yak", "emu", "gnu"}, func(s string) int { return len(s) })
	fmt.Printf("%v\n", byLen)
	empty, err := Paginate([]int{}, 3, 1)
	fmt.Printf("%v %v %#v\n", empty, err, empty.Items)
	idx := slices.IndexFunc(catalog, func(p Product) bool { return p.Price > 2000 })
	fmt.Println(idx, catalog[idx].Price, slices.ContainsFunc(catalog, func(p Product) bool { return p.Category == "food" }))
	defer func() { fmt.Println("panic:", recover()) }()
	Paginate(catalog, 0, 1)
}
