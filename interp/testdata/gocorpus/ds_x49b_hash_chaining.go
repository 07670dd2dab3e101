package main

import (
	"container/list"
	"fmt"
	"hash/fnv"
	"sort"
)

type entry struct {
	key   string
	value int
}

type ChainedHash struct {
	buckets []*list.List
	n       int
}

func NewChainedHash(m int) *ChainedHash {
	h := &ChainedHash{buckets: make([]*list.List, m)}
	for i := range h.buckets {
		h.buckets[i] = list.New()
	}
	return h
}

func (h *ChainedHash) slot(k string) int {
	f := fnv.New32a()
	f.Write([]byte(k))
	return int(f.Sum32() % uint32(len(h.buckets)))
}

func (h *ChainedHash) Insert(k string, v int) {
	b := h.buckets[h.slot(k)]
	for e := b.Front(); e != nil; e = e.Next() {
		if en := e.Value.(*entry); en.key == k {
			en.value = v
			return
		}
	}
	b.PushFront(&entry{k, v})
	h.n++
}

func (h *ChainedHash) Search(k string) (int, bool) {
	for e := h.buckets[h.slot(k)].Front(); e != nil; e = e.Next() {
		if en := e.Value.(*entry); en.key == k {
			return en.value, true
		}
	}
	return 0, false
}

func (h *ChainedHash) Delete(k string) bool {
	b := h.buckets[h.slot(k)]
	for e := b.Front(); e != nil; e = e.Next() {
		if e.Value.(*entry).key == k {
			b.Remove(e)
			h.n--
			return true
		}
	}
	return false
}

func (h *ChainedHash) Dump() {
	for i, b := range h.buckets {
		var keys []string
		for e := b.Front(); e != nil; e = e.Next() {
			keys = append(keys, e.Value.(*entry).key)
		}
		fmt.Printf("slot %d: %v\n", i, keys)
	}
	fmt.Printf("n=%d load=%.2f\n", h.n, float64(h.n)/float64(len(h.buckets)))
}

func main() {
	h := NewChainedHash(5)
	words := []string{"apple", "banana", "cherry", "date", "elder", "fig", "grape", "apple"}
	for i, w := range words {
		h.Insert(w, i)
	}
	h.Dump()
	for _, k := range []string{"apple", "fig", "kiwi"} {
		v, ok := h.Search(k)
		fmt.Printf("search %q -> %d %v\n", k, v, ok)
	}
	fmt.Println("delete date:", h.Delete("date"), "again:", h.Delete("date"))
	counts := map[int]int{}
	for _, b := range h.buckets {
		counts[b.Len()]++
	}
	lens := make([]int, 0, len(counts))
	for l := range counts {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Printf("chains of length %d: %d\n", l, counts[l])
	}
	fmt.Println(counts)
}
