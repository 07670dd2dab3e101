package main

import (
	"fmt"
	"hash/fnv"
	"slices"
)

type entry struct {
	key   string
	value int
	next  *entry
}

type HashMap struct {
	buckets []*entry
	size    int
	resizes int
}

func NewHashMap() *HashMap { return &HashMap{buckets: make([]*entry, 4)} }

func hashOf(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func (m *HashMap) index(k string) int { return int(hashOf(k) % uint32(len(m.buckets))) }

func (m *HashMap) Put(k string, v int) {
	i := m.index(k)
	for e := m.buckets[i]; e != nil; e = e.next {
		if e.key == k {
			e.value = v
			return
		}
	}
	m.buckets[i] = &entry{k, v, m.buckets[i]}
	m.size++
	if float64(m.size)/float64(len(m.buckets)) > 0.75 {
		m.grow()
	}
}

func (m *HashMap) grow() {
	old := m.buckets
	m.buckets = make([]*entry, 2*len(old))
	m.resizes++
	for _, e := range old {
		for e != nil {
			next := e.next
			i := m.index(e.key)
			e.next = m.buckets[i]
			m.buckets[i] = e
			e = next
		}
	}
}

func (m *HashMap) Get(k string) (int, bool) {
	for e := m.buckets[m.index(k)]; e != nil; e = e.next {
		if e.key == k {
			return e.value, true
		}
	}
	return 0, false
}

func (m *HashMap) Delete(k string) bool {
	p := &m.buckets[m.index(k)]
	for *p != nil {
		if (*p).key == k {
			*p = (*p).next
			m.size--
			return true
		}
		p = &(*p).next
	}
	return false
}

func (m *HashMap) Keys() []string {
	var ks []string
	for _, e := range m.buckets {
		for ; e != nil; e = e.next {
			ks = append(ks, e.key)
		}
	}
	slices.Sort(ks)
	return ks
}

func (m *HashMap) LongestChain() int {
	best := 0
	for _, e := range m.buckets {
		n := 0
		for ; e != nil; e = e.next {
			n++
		}
		best = max(best, n)
	}
	return best
}

func main() {
	m := NewHashMap()
	planets := []string{"mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune"}
	for i, p := range planets {
		m.Put(p, i+1)
	}
	m.Put("earth", 42)
	fmt.Println("size", m.size, "buckets", len(m.buckets), "resizes", m.resizes, "longest", m.LongestChain())
	for _, k := range []string{"earth", "pluto", "neptune"} {
		v, ok := m.Get(k)
		fmt.Printf("%s -> %d %v\n", k, v, ok)
	}
	fmt.Println(m.Delete("mars"), m.Delete("mars"), m.size)
	fmt.Println(m.Keys())
	fmt.Printf("fnv(%q) = %08x\n", "go", hashOf("go"))
	for i := 0; i < 100; i++ {
		m.Put(fmt.Sprintf("k%03d", i), i*i)
	}
	v, _ := m.Get("k099")
	fmt.Println(m.size, len(m.buckets), m.resizes, v)
}
