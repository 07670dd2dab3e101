package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
)

type entry[V any] struct {
	key   string
	value V
	next  *entry[V]
}

type ChainMap[V any] struct {
	buckets []*entry[V]
	count   int
}

var ErrNotFound = errors.New("key not found")

func NewChainMap[V any]() *ChainMap[V] {
	return &ChainMap[V]{buckets: make([]*entry[V], 4)}
}

func hashKey(k string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(k))
	return int(h.Sum32() % uint32(n))
}

func (m *ChainMap[V]) Put(k string, v V) {
	if float64(m.count+1)/float64(len(m.buckets)) > 0.75 {
		m.resize(len(m.buckets) * 2)
	}
	i := hashKey(k, len(m.buckets))
	for e := m.buckets[i]; e != nil; e = e.next {
		if e.key == k {
			e.value = v
			return
		}
	}
	m.buckets[i] = &entry[V]{key: k, value: v, next: m.buckets[i]}
	m.count++
}

func (m *ChainMap[V]) resize(n int) {
	old := m.buckets
	m.buckets = make([]*entry[V], n)
	for _, head := range old {
		for e := head; e != nil; {
			next := e.next
			i := hashKey(e.key, n)
			e.next = m.buckets[i]
			m.buckets[i] = e
			e = next
		}
	}
}

func (m *ChainMap[V]) Get(k string) (V, error) {
	for e := m.buckets[hashKey(k, len(m.buckets))]; e != nil; e = e.next {
		if e.key == k {
			return e.value, nil
		}
	}
	var zero V
	return zero, fmt.Errorf("get %q: %w", k, ErrNotFound)
}

func (m *ChainMap[V]) Delete(k string) error {
	i := hashKey(k, len(m.buckets))
	var prev *entry[V]
	for e := m.buckets[i]; e != nil; prev, e = e, e.next {
		if e.key == k {
			if prev == nil {
				m.buckets[i] = e.next
			} else {
				prev.next = e.next
			}
			m.count--
			return nil
		}
	}
	return fmt.Errorf("delete %q: %w", k, ErrNotFound)
}

func (m *ChainMap[V]) Keys() []string {
	var ks []string
	for _, head := range m.buckets {
		for e := head; e != nil; e = e.next {
			ks = append(ks, e.key)
		}
	}
	sort.Strings(ks)
	return ks
}

func (m *ChainMap[V]) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, k := range m.Keys() {
		if i > 0 {
			sb.WriteString(", ")
		}
		v, _ := m.Get(k)
		fmt.Fprintf(&sb, "%s: %v", k, v)
	}
	sb.WriteByte('}')
	return sb.String()
}

func main() {
	m := NewChainMap[int]()
	text := "it was the best of times it was the worst of times"
	for _, w := range strings.Fields(text) {
		c, err := m.Get(w)
		if errors.Is(err, ErrNotFound) {
			c = 0
		}
		m.Put(w, c+1)
	}
	fmt.Println(m)
	fmt.Println("count:", m.count, "buckets:", len(m.buckets))
	fmt.Println(m.Delete("worst"), m.Delete("worst"))
	if _, err := m.Get("worst"); err != nil {
		fmt.Println(err)
	}
	longest := 0
	for _, head := range m.buckets {
		n := 0
		for e := head; e != nil; e = e.next {
			n++
		}
		longest = max(longest, n)
	}
	fmt.Println("longest chain <= count:", longest <= m.count, "count now", m.count)

	cities := NewChainMap[[]string]()
	cities.Put("fr", []string{"Paris", "Lyon"})
	cities.Put("de", []string{"Berlin"})
	cities.Put("fr", append([]string{"Nice"}, "Lille"))
	fmt.Printf("%v\n", cities)
}
