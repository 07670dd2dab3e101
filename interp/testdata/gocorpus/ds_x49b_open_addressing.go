package main

import (
	"fmt"
	"strings"
)

type ProbeFunc func(k, i, m int) int

type OpenTable struct {
	name   string
	slots  []*int
	probe  ProbeFunc
	probes int
}

func NewOpenTable(name string, m int, p ProbeFunc) *OpenTable {
	return &OpenTable{name: name, slots: make([]*int, m), probe: p}
}

func (t *OpenTable) Insert(k int) (int, error) {
	m := len(t.slots)
	for i := 0; i < m; i++ {
		j := t.probe(k, i, m)
		t.probes++
		if t.slots[j] == nil {
			t.slots[j] = &k
			return j, nil
		}
	}
	return -1, fmt.Errorf("%s: table overflow inserting %d", t.name, k)
}

func (t *OpenTable) Search(k int) int {
	m := len(t.slots)
	for i := 0; i < m; i++ {
		j := t.probe(k, i, m)
		if t.slots[j] == nil {
			return -1
		}
		if *t.slots[j] == k {
			return j
		}
	}
	return -1
}

func (t *OpenTable) String() string {
	parts := make([]string, len(t.slots))
	for i, p := range t.slots {
		if p == nil {
			parts[i] = "_"
		} else {
			parts[i] = fmt.Sprint(*p)
		}
	}
	return fmt.Sprintf("%-9s [%s] probes=%d", t.name, strings.Join(parts, " "), t.probes)
}

func main() {
	h1 := func(k, m int) int { return k % m }
	h2 := func(k, m int) int { return 1 + k%(m-1) }
	tables := []*OpenTable{
		NewOpenTable("linear", 11, func(k, i, m int) int { return (h1(k, m) + i) % m }),
		NewOpenTable("quadratic", 11, func(k, i, m int) int { return (h1(k, m) + i + 3*i*i) % m }),
		NewOpenTable("double", 11, func(k, i, m int) int { return (h1(k, m) + i*h2(k, m)) % m }),
	}
	keys := []int{10, 22, 31, 4, 15, 28, 17, 88, 59}
	for _, t := range tables {
		for _, k := range keys {
			if _, err := t.Insert(k); err != nil {
				fmt.Println(err)
			}
		}
		fmt.Println(t)
		fmt.Println("  search 59 ->", t.Search(59), " search 5 ->", t.Search(5))
	}
	small := NewOpenTable("tiny", 2, func(k, i, m int) int { return (k + i) % m })
	for _, k := range []int{1, 2, 3} {
		slot, err := small.Insert(k)
		fmt.Println(slot, err)
	}
}
