package main

import (
	"encoding/json"
	"fmt"
	"iter"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

func New[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}, vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.index[k] = len(m.keys)
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	delete(m.index, k)
	delete(m.vals, k)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	i := 0
	for k, v := range m.All() {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, err := json.Marshal(fmt.Sprint(k))
		if err != nil {
			return nil, err
		}
		vb, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
		i++
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

type Config struct {
	Name    string
	Options *OrderedMap[string, any]
}

func main() {
	om := New[string, int]()
	for i, w := range strings.Fields("zeta alpha mu beta alpha zeta") {
		old, _ := om.Get(w)
		om.Set(w, old+i)
	}
	for k, v := range om.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println("len", om.Len())
	fmt.Println(om.Delete("mu"), om.Delete("nope"))
	out, err := json.Marshal(om)
	fmt.Println(string(out), err)

	opts := New[string, any]()
	opts.Set("verbose", true)
	opts.Set("level", 3)
	opts.Set("tags", []string{"a", "b"})
	cfg := Config{Name: "svc", Options: opts}
	out, err = json.MarshalIndent(cfg, "", "  ")
	fmt.Println(string(out), err)

	im := New[int, string]()
	im.Set(3, "three")
	im.Set(1, "one")
	im.Set(2, "two")
	v, ok := im.Get(1)
	fmt.Printf("%q %v\n", v, ok)
	b, _ := json.Marshal(im)
	fmt.Println(string(b))
}
