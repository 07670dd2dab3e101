package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
)

type entry struct {
	key   string
	value int
	next  *entry
}

type HashMap struct {
	buckets []*entry
	count   int
	resizes int
}

func NewHashMap(n int) *HashMap { return &HashMap{buckets: make([]*entry, n)} }

func (m *HashMap) index(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (m *HashMap) Set(key string, v int) {
	if float64(m.count+1)/float64(len(m.buckets)) > 0.75 {
		m.grow()
	}
	i := m.index(key, len(m.buckets))
	for e := m.buckets[i]; e != nil; e = e.next {
		if e.key == key {
			e.value = v
			return
		}
	}
	m.buckets[i] = &entry{key, v, m.buckets[i]}
	m.count++
}

func (m *HashMap) Get(key string) (int, bool) {
	for e := m.buckets[m.index(key, len(m.buckets))]; e != nil; e = e.next {
		if e.key == key {
			return e.value, true
		}
	}
	return 0, false
}

func (m *HashMap) Delete(key string) bool {
	i := m.index(key, len(m.buckets))
	for pp := &m.buckets[i]; *pp != nil; pp = &(*pp).next {
		if (*pp).key == key {
			*pp = (*pp).next
			m.count--
			return true
		}
	}
	return false
}

func (m *HashMap) grow() {
	nb := make([]*entry, len(m.buckets)*2)
	for _, head := range m.buckets {
		for e := head; e != nil; {
			next := e.next
			i := m.index(e.key, len(nb))
			e.next = nb[i]
			nb[i] = e
			e = next
		}
	}
	m.buckets = nb
	m.resizes++
}

func (m *HashMap) Keys() []string {
	var ks []string
	for _, head := range m.buckets {
		for e := head; e != nil; e = e.next {
			ks = append(ks, e.key)
		}
	}
	sort.Strings(ks)
	return ks
}

func (m *HashMap) longestChain() int {
	best := 0
	for _, head := range m.buckets {
		n := 0
		for e := head; e != nil; e = e.next {
			n++
		}
		best = max(best, n)
	}
	return best
}

func main() {
	m := NewHashMap(4)
	text := "it was the best of times it was the worst of times it was the age of wisdom"
	for _, w := range strings.Fields(text) {
		v, _ := m.Get(w)
		m.Set(w, v+1)
	}
	fmt.Println("count", m.count, "buckets", len(m.buckets), "resizes", m.resizes, "chain", m.longestChain())
	for _, k := range m.Keys() {
		v, _ := m.Get(k)
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	fmt.Println(m.Delete("was"), m.Delete("nope"), m.count)
	_, ok := m.Get("was")
	fmt.Println(ok, m.Keys())
}
