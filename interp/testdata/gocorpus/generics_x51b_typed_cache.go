package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu     sync.RWMutex
	data   map[K]V
	hits   int
	misses int
	load   func(K) (V, error)
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	if ok {
		c.hits++
		return v, nil
	}
	c.misses++
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, err
	}
	c.data[k] = v
	return v, nil
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits, c.misses, len(c.data))
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[T comparable](s Set[T], less func(a, b T) bool) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

type Price struct {
	SKU   string
	Cents int
}

func main() {
	catalog := map[string]int{"A": 100, "B": 250, "C": 999}
	prices := NewCache(func(sku string) (Price, error) {
		c, ok := catalog[sku]
		if !ok {
			return Price{}, fmt.Errorf("no price for %q", sku)
		}
		return Price{sku, c}, nil
	})
	for _, sku := range strings.Split("A,B,A,Z,C,B,A", ",") {
		p, err := prices.Get(sku)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%+v ", p)
	}
	fmt.Println()
	fmt.Println(prices.Stats())
	fmt.Printf("%T\n", prices)

	seen := Set[string]{}
	seen.Add("x", "b", "a", "b")
	fmt.Println(Keys(seen, func(a, b string) bool { return a < b }), seen.Has("a"), seen.Has("q"), len(seen))
	ids := make(Set[int])
	ids.Add(5, 3, 9)
	fmt.Println(Keys(ids, func(a, b int) bool { return a > b }))
}
