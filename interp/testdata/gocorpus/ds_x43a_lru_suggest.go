package main

import (
	"container/list"
	"fmt"
	"strings"
)

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type pair struct {
	key string
	val []string
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) ([]string, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*pair).val, true
	}
	return nil, false
}

func (c *LRU) Put(k string, v []string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*pair).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&pair{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*pair).key)
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*pair).key)
	}
	return ks
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

var dictionary = strings.Fields("apple apply ample maple angle ankle table cable fable label lapel")

func suggest(word string) []string {
	var out []string
	for _, d := range dictionary {
		if levenshtein(word, d) <= 2 {
			out = append(out, d)
		}
	}
	return out
}

func main() {
	cache := NewLRU(3)
	misses := 0
	for _, q := range []string{"appel", "tabel", "appel", "mapel", "lable", "tabel", "appel", "ängle"} {
		s, ok := cache.Get(q)
		if !ok {
			misses++
			s = suggest(q)
			cache.Put(q, s)
		}
		fmt.Printf("%-6s hit=%-5t %v\n", q, ok, s)
	}
	fmt.Println("misses:", misses, "order:", cache.Keys())
	fmt.Println(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("héllo", "hello"))
}
