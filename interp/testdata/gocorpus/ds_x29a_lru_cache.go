package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRUCache struct {
	capacity int
	ll       *list.List
	items    map[string]*list.Element
	hits     int
	misses   int
	OnEvict  func(key string, value int)
}

func NewLRU(capacity int) *LRUCache {
	return &LRUCache{capacity: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRUCache) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRUCache) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.capacity {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		e := oldest.Value.(*entry)
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRUCache) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func josephus(n, k int) (order []int) {
	r := ring.New(n)
	for i := 1; i <= n; i++ {
		r.Value = i
		r = r.Next()
	}
	r = r.Prev()
	for r.Len() > 1 {
		r = r.Move(k - 1)
		removed := r.Unlink(1)
		order = append(order, removed.Value.(int))
	}
	return append(order, r.Value.(int))
}

func main() {
	cache := NewLRU(3)
	var evicted []string
	cache.OnEvict = func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", k, v))
	}
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache)
	if v, ok := cache.Get("a"); ok {
		fmt.Println("got a =", v)
	}
	cache.Put("d", 4)
	fmt.Println(cache)
	_, ok := cache.Get("b")
	fmt.Println("b present?", ok)
	cache.Put("c", 30)
	cache.Put("e", 5)
	cache.Put("f", 6)
	fmt.Println(cache, "evicted:", evicted)
	for _, k := range []string{"a", "c", "e", "f", "z"} {
		cache.Get(k)
	}
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", cache.hits, cache.misses, float64(cache.hits)/float64(cache.hits+cache.misses))

	l := list.New()
	for _, w := range []string{"b", "d"} {
		l.PushBack(w)
	}
	l.PushFront("a")
	l.InsertAfter("c", l.Front().Next())
	l.PushBackList(l)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())

	fmt.Println("josephus(7,3):", josephus(7, 3))
	r := ring.New(4)
	for i := range 4 {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("ring sum:", sum)
}
