package main

import (
	"fmt"
	"strings"
)

type slotState uint8

const (
	empty slotState = iota
	used
	deleted
)

type slot[K comparable, V any] struct {
	key   K
	val   V
	state slotState
}

type OpenMap[K comparable, V any] struct {
	slots []slot[K, V]
	n     int
	hash  func(K) uint64
}

func NewOpenMap[K comparable, V any](hash func(K) uint64) *OpenMap[K, V] {
	return &OpenMap[K, V]{slots: make([]slot[K, V], 8), hash: hash}
}

func (m *OpenMap[K, V]) find(k K) (int, bool) {
	mask := uint64(len(m.slots) - 1)
	i := m.hash(k) & mask
	firstDel := -1
	for {
		s := &m.slots[i]
		switch s.state {
		case empty:
			if firstDel >= 0 {
				return firstDel, false
			}
			return int(i), false
		case deleted:
			if firstDel < 0 {
				firstDel = int(i)
			}
		case used:
			if s.key == k {
				return int(i), true
			}
		}
		i = (i + 1) & mask
	}
}

func (m *OpenMap[K, V]) Set(k K, v V) {
	if (m.n+1)*2 > len(m.slots) {
		old := m.slots
		m.slots = make([]slot[K, V], len(old)*2)
		m.n = 0
		for _, s := range old {
			if s.state == used {
				m.Set(s.key, s.val)
			}
		}
	}
	i, found := m.find(k)
	if !found {
		m.n++
	}
	m.slots[i] = slot[K, V]{key: k, val: v, state: used}
}

func (m *OpenMap[K, V]) Get(k K) (V, bool) {
	i, ok := m.find(k)
	if !ok {
		var zero V
		return zero, false
	}
	return m.slots[i].val, true
}

func (m *OpenMap[K, V]) Delete(k K) bool {
	i, ok := m.find(k)
	if ok {
		m.slots[i].state = deleted
		m.n--
	}
	return ok
}

func (m *OpenMap[K, V]) Dump() string {
	var b strings.Builder
	for i, s := range m.slots {
		switch s.state {
		case empty:
			b.WriteString(".")
		case deleted:
			b.WriteString("x")
		default:
			fmt.Fprintf(&b, "[%d:%v]", i, s.key)
		}
	}
	return b.String()
}

func intHash(k int) uint64 { return uint64(k) * 2654435761 }

func strHash(s string) uint64 {
	var h uint64 = 5381
	for i := 0; i < len(s); i++ {
		h = h*33 + uint64(s[i])
	}
	return h
}

func main() {
	m := NewOpenMap[int, string](intHash)
	for i := 0; i < 6; i++ {
		m.Set(i*7, fmt.Sprintf("v%d", i))
	}
	fmt.Println(m.n, len(m.slots))
	fmt.Println(m.Dump())
	v, ok := m.Get(14)
	fmt.Printf("get 14: %q %v\n", v, ok)
	fmt.Println("delete 14:", m.Delete(14), "again:", m.Delete(14))
	v, ok = m.Get(14)
	fmt.Printf("get 14: %q %v\n", v, ok)
	m.Set(99, "new")
	fmt.Println(m.Dump())

	ages := NewOpenMap[string, int](strHash)
	people := []struct {
		name string
		age  int
	}{{"ann", 31}, {"bob", 27}, {"cy", 45}, {"dee", 19}, {"ann", 32}}
	for _, p := range people {
		ages.Set(p.name, p.age)
	}
	for _, name := range []string{"ann", "bob", "zed"} {
		if a, ok := ages.Get(name); ok {
			fmt.Printf("%s is %d\n", name, a)
		} else {
			fmt.Printf("%s: not found\n", name)
		}
	}
	fmt.Printf("%d entries, %T\n", ages.n, ages)
}
