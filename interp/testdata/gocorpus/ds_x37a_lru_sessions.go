package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	evicted []K
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, ent.key)
		c.evicted = append(c.evicted, ent.key)
		if c.OnEvict != nil {
			c.OnEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

type Session struct {
	User  string
	Hits  int
	Paths []string
}

const requests = `s1 alice /home
s2 bob /login
s1 alice /cart
s3 carol /home
s2 bob /home
s4 dan /search
s1 alice /checkout
s5 erin /home
s3 carol /cart
s2 bob /logout`

func main() {
	cache := NewLRU[string, *Session](3)
	var log []string
	cache.OnEvict = func(id string, s *Session) {
		log = append(log, fmt.Sprintf("evict %s(%s, %d hits)", id, s.User, s.Hits))
	}
	misses := 0
	for _, line := range strings.Split(requests, "\n") {
		var id, user, path string
		fmt.Sscanf(line, "%s %s %s", &id, &user, &path)
		s, ok := cache.Get(id)
		if !ok {
			misses++
			s = &Session{User: user}
			cache.Put(id, s)
		}
		s.Hits++
		s.Paths = append(s.Paths, path)
		fmt.Printf("%-3s %-6s %-10s hit=%-5t lru=%v\n", id, user, path, ok, cache.Keys())
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("misses:", misses, "evicted:", cache.evicted)
	for _, k := range cache.Keys() {
		s, _ := cache.Get(k)
		fmt.Printf("%s => %+v\n", k, *s)
	}
	counts := NewLRU[int, int](2)
	for i := range 5 {
		counts.Put(i%3, i*i)
	}
	v, ok := counts.Get(0)
	fmt.Println(counts.Keys(), v, ok)
}
