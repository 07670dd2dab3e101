// Exercises: a small generic LRU cache with a slice for recency order.
package main

import "fmt"

type LRU[K comparable, V any] struct {
	cap   int
	order []K
	data  map[K]V
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, data: make(map[K]V)}
}

func (c *LRU[K, V]) touch(k K) {
	for i, x := range c.order {
		if x == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *LRU[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok && len(c.data) == c.cap {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
		fmt.Println("evict", oldest)
	}
	c.data[k] = v
	c.touch(k)
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	if ok {
		c.touch(k)
	}
	return v, ok
}

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	fmt.Println(c.Get("a"))
	c.Put("c", 3)
	fmt.Println(c.Get("b"))
	fmt.Println(c.Get("c"))
	c.Put("d", 4)
	fmt.Println(c.order)
}
