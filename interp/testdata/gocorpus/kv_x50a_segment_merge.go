package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type Entry[K cmp.Ordered, V any] struct {
	Key       K
	Val       V
	Tombstone bool
}

type Segment[K cmp.Ordered, V any] struct {
	Level   int
	Entries []Entry[K, V]
}

type cursor[K cmp.Ordered, V any] struct {
	seg *Segment[K, V]
	pos int
}

type mergeHeap[K cmp.Ordered, V any] []*cursor[K, V]

func (h mergeHeap[K, V]) Len() int { return len(h) }
func (h mergeHeap[K, V]) Less(i, j int) bool {
	a, b := h[i].seg.Entries[h[i].pos], h[j].seg.Entries[h[j].pos]
	if c := cmp.Compare(a.Key, b.Key); c != 0 {
		return c < 0
	}
	return h[i].seg.Level > h[j].seg.Level // newer segment first
}
func (h mergeHeap[K, V]) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap[K, V]) Push(x any)   { *h = append(*h, x.(*cursor[K, V])) }
func (h *mergeHeap[K, V]) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

func Merge[K cmp.Ordered, V any](dropTombstones bool, segs ...*Segment[K, V]) *Segment[K, V] {
	h := &mergeHeap[K, V]{}
	maxLevel := 0
	for _, s := range segs {
		maxLevel = max(maxLevel, s.Level)
		if len(s.Entries) > 0 {
			heap.Push(h, &cursor[K, V]{seg: s})
		}
	}
	out := &Segment[K, V]{Level: maxLevel + 1}
	var last *K
	for h.Len() > 0 {
		c := (*h)[0]
		e := c.seg.Entries[c.pos]
		if last == nil || *last != e.Key {
			k := e.Key
			last = &k
			if !(dropTombstones && e.Tombstone) {
				out.Entries = append(out.Entries, e)
			}
		}
		c.pos++
		if c.pos == len(c.seg.Entries) {
			heap.Pop(h)
		} else {
			heap.Fix(h, 0)
		}
	}
	return out
}

func (s *Segment[K, V]) String() string {
	var parts []string
	for _, e := range s.Entries {
		if e.Tombstone {
			parts = append(parts, fmt.Sprintf("%v:<del>", e.Key))
		} else {
			parts = append(parts, fmt.Sprintf("%v:%v", e.Key, e.Val))
		}
	}
	return fmt.Sprintf("L%d{%s}", s.Level, strings.Join(parts, " "))
}

func main() {
	old := &Segment[string, int]{Level: 1, Entries: []Entry[string, int]{
		{"apple", 1, false}, {"banana", 2, false}, {"cherry", 3, false}, {"date", 4, false},
	}}
	mid := &Segment[string, int]{Level: 2, Entries: []Entry[string, int]{
		{"banana", 20, false}, {"date", 0, true}, {"elder", 5, false},
	}}
	young := &Segment[string, int]{Level: 3, Entries: []Entry[string, int]{
		{"apple", 100, false}, {"cherry", 0, true}, {"fig", 6, false},
	}}
	fmt.Println(old, mid, young)
	m1 := Merge(false, old, mid, young)
	fmt.Println("keep tombstones:", m1)
	m2 := Merge(true, old, mid, young)
	fmt.Println("drop tombstones:", m2)
	fmt.Println("empty merge:", Merge[string, int](true))
	ints := Merge(true,
		&Segment[int, string]{Level: 5, Entries: []Entry[int, string]{{1, "a", false}, {3, "c", false}}},
		&Segment[int, string]{Level: 2, Entries: []Entry[int, string]{{1, "x", false}, {2, "b", false}, {3, "", true}}},
	)
	fmt.Printf("%v %d\n", ints, len(ints.Entries))
}
