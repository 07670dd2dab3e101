package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Product struct {
	Name     string
	Category string
	Price    float64
	Stock    int
}

type Store struct {
	products []Product
}

func (s *Store) All() iter.Seq2[int, Product] {
	return func(yield func(int, Product) bool) {
		for i, p := range s.products {
			if !yield(i, p) {
				return
			}
		}
	}
}

func (s *Store) InCategory(cat string) iter.Seq[Product] {
	return func(yield func(Product) bool) {
		for _, p := range s.products {
			if p.Category == cat && !yield(p) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	s := &Store{products: []Product{
		{"apple", "fruit", 0.5, 100},
		{"pear", "fruit", 0.75, 0},
		{"hammer", "tools", 15, 4},
		{"banana", "fruit", 0.25, 60},
		{"saw", "tools", 22.5, 0},
		{"drill", "tools", 89.99, 2},
	}}
	for i, p := range s.All() {
		if i >= 3 {
			break
		}
		fmt.Printf("%d %-7s %6.2f\n", i, p.Name, p.Price)
	}
	inStock := Filter(s.InCategory("tools"), func(p Product) bool { return p.Stock > 0 })
	for p := range inStock {
		fmt.Println("tool in stock:", p.Name)
	}
	names := slices.Collect(func(yield func(string) bool) {
		for p := range Take(s.InCategory("fruit"), 2) {
			if !yield(strings.ToUpper(p.Name)) {
				return
			}
		}
	})
	fmt.Println(names)

	byCat := map[string]int{}
	for _, p := range s.All() {
		byCat[p.Category] += p.Stock
	}
	for _, k := range slices.Sorted(maps.Keys(byCat)) {
		fmt.Println(k, byCat[k])
	}
	prices := map[string]float64{}
	for _, p := range s.All() {
		prices[p.Name] = p.Price
	}
	cheap := maps.Collect(func(yield func(string, float64) bool) {
		for k, v := range maps.All(prices) {
			if v < 1 && !yield(k, v) {
				return
			}
		}
	})
	fmt.Println(cheap)
	for i, v := range slices.Backward(slices.Sorted(maps.Values(prices))) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(s.InCategory("tools"))
	defer stop()
	for {
		p, ok := next()
		if !ok {
			break
		}
		fmt.Print(p.Name, " ")
	}
	fmt.Println()
	for c := range slices.Chunk(slices.Collect(maps.Keys(byCat)), 1) {
		_ = c
	}
	fmt.Println(slices.Index(slices.Collect(Take(s.InCategory("fruit"), 10)), Product{"banana", "fruit", 0.25, 60}))
}
