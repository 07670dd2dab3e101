package main

import (
	"container/list"
	"fmt"
	"sync"
)

type Graph struct {
	adj  map[int][]int
	once sync.Once
	n    int
}

func (g *Graph) build() {
	g.once.Do(func() {
		fmt.Println("(building graph)")
		g.adj = map[int][]int{}
		for i := 1; i <= g.n; i++ {
			for _, j := range []int{2 * i, i + 3, i - 1} {
				if j >= 1 && j <= g.n {
					g.adj[i] = append(g.adj[i], j)
				}
			}
		}
	})
}

func (g *Graph) Dist(s, t int) int {
	g.build()
	q := list.New()
	q.PushBack(s)
	dist := map[int]int{s: 0}
	for q.Len() > 0 {
		u := q.Remove(q.Front()).(int)
		if u == t {
			return dist[u]
		}
		for _, v := range g.adj[u] {
			if _, ok := dist[v]; !ok {
				dist[v] = dist[u] + 1
				q.PushBack(v)
			}
		}
	}
	return -1
}

type key struct{ s, t int }

type LRU struct {
	cap   int
	ll    *list.List
	items map[key]*list.Element
	hits  int
	miss  int
}

type kv struct {
	k key
	v int
}

func NewLRU(c int) *LRU { return &LRU{cap: c, ll: list.New(), items: map[key]*list.Element{}} }

func (c *LRU) Get(k key, compute func() int) int {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*kv).v
	}
	c.miss++
	v := compute()
	c.items[k] = c.ll.PushFront(&kv{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*kv).k)
	}
	return v
}

func (c *LRU) Keys() []key {
	var ks []key
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*kv).k)
	}
	return ks
}

func main() {
	g := &Graph{n: 50}
	cache := NewLRU(3)
	queries := []key{{1, 50}, {3, 40}, {1, 50}, {7, 2}, {10, 11}, {3, 40}, {1, 50}, {49, 1}, {7, 2}}
	fmt.Printf("%-10s %5s\n", "query", "dist")
	for _, q := range queries {
		d := cache.Get(q, func() int { return g.Dist(q.s, q.t) })
		fmt.Printf("%-10s %5d\n", fmt.Sprintf("%d->%d", q.s, q.t), d)
	}
	fmt.Printf("hits=%d misses=%d\n", cache.hits, cache.miss)
	fmt.Printf("cache order: %v\n", cache.Keys())
	fmt.Printf("%+v\n", cache.Keys()[0])
	fmt.Println(len(g.adj), g.adj[25])
}
