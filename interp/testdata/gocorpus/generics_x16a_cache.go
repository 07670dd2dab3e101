package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type LRU[K comparable, V any] struct {
	cap   int
	order []K
	data  map[K]V
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, data: make(map[K]V)}
}

func (c *LRU[K, V]) touch(k K) {
	if i := slices.Index(c.order, k); i >= 0 {
		c.order = slices.Delete(c.order, i, i+1)
	}
	c.order = append(c.order, k)
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	if ok {
		c.touch(k)
	}
	return v, ok
}

func (c *LRU[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok && len(c.data) >= c.cap {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
		fmt.Println("evict", oldest)
	}
	c.data[k] = v
	c.touch(k)
}

func (c *LRU[K, V]) Items() []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(c.order))
	for _, k := range c.order {
		out = append(out, Pair[K, V]{k, c.data[k]})
	}
	return out
}

func MaxBy[T any, O cmp.Ordered](xs []T, f func(T) O) (best T) {
	for i, x := range xs {
		if i == 0 || f(x) > f(best) {
			best = x
		}
	}
	return
}

func main() {
	c := NewLRU[string, int](3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("a", 10)
	c.Put("e", 5)
	fmt.Println(c.Items())
	items := c.Items()
	fmt.Println(MaxBy(items, func(p Pair[string, int]) int { return p.Val }))
	fmt.Println(MaxBy([]string{"go", "python", "js"}, func(s string) int { return len(s) }))
	c2 := NewLRU[int, []string](2)
	c2.Put(1, strings.Split("x,y", ","))
	c2.Put(2, nil)
	v, _ := c2.Get(1)
	fmt.Println(v, len(v), c2.Items())
	fmt.Printf("%v %s\n", Pair[int, bool]{1, true}, Pair[string, float64]{"pi", 3.14})
}
