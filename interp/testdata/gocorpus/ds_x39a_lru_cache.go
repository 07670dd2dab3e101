package main

import (
	"container/list"
	"fmt"
	"math"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	items map[K]*list.Element
	Hits  int
	Miss  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.Hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.Miss++
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
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry[K, V]).key)
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

type Features struct {
	Len     int
	Vowels  int
	Entropy float64
}

var computeCalls int

func extract(word string) Features {
	computeCalls++
	counts := map[rune]int{}
	vowels := 0
	for _, r := range word {
		counts[r]++
		if strings.ContainsRune("aeiou", r) {
			vowels++
		}
	}
	var h float64
	n := float64(len([]rune(word)))
	for _, c := range counts {
		p := float64(c) / n
		h -= p * math.Log2(p)
	}
	return Features{len(word), vowels, math.Round(h*1000) / 1000}
}

func main() {
	cache := NewLRU[string, Features](3)
	cached := func(w string) Features {
		if f, ok := cache.Get(w); ok {
			return f
		}
		f := extract(w)
		cache.Put(w, f)
		return f
	}
	stream := strings.Fields("tensor loss tensor gradient loss epoch tensor batch loss gradient tensor")
	for _, w := range stream {
		f := cached(w)
		fmt.Printf("%-9s %+v  cache=%v\n", w, f, cache.Keys())
	}
	fmt.Printf("hits=%d misses=%d computes=%d\n", cache.Hits, cache.Miss, computeCalls)
	ids := NewLRU[int, []float64](2)
	ids.Put(1, []float64{0.1})
	ids.Put(2, []float64{0.2})
	ids.Put(1, []float64{0.15})
	ids.Put(3, []float64{0.3})
	v, ok := ids.Get(2)
	fmt.Println(v, ok, ids.Keys())
	v, ok = ids.Get(1)
	fmt.Println(v, ok)
}
