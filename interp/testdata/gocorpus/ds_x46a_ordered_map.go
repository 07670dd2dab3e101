package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
)

type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
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
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	delete(m.index, k)
	delete(m.vals, k)
	return true
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	i := 0
	for k, v := range m.All() {
		if i > 0 {
			buf.WriteByte(',')
		}
		i++
		kb, err := json.Marshal(fmt.Sprint(k))
		if err != nil {
			return nil, err
		}
		vb, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		buf.Write(kb)
		buf.WriteByte(':')
		buf.Write(vb)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

func (m *OrderedMap[K, V]) String() string {
	s := "OrderedMap["
	for k, v := range m.All() {
		s += fmt.Sprintf(" %v:%v", k, v)
	}
	return s + " ]"
}

type Config struct {
	Settings *OrderedMap[string, any] `json:"settings"`
	Version  int                      `json:"version"`
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range []string{"zeta", "alpha", "mike", "bravo", "alpha"} {
		m.Set(w, i)
	}
	fmt.Println(m, m.Len())
	fmt.Println("delete mike:", m.Delete("mike"), "delete nope:", m.Delete("nope"))
	m.Set("charlie", 9)
	fmt.Println(m)
	v, ok := m.Get("alpha")
	fmt.Println(v, ok, m.index)

	b, err := json.Marshal(m)
	fmt.Println(string(b), err)

	s := NewOrderedMap[string, any]()
	s.Set("title", "Notebook")
	s.Set("width", 80)
	s.Set("tags", []string{"go", "ds"})
	s.Set("debug", false)
	cfg := Config{Settings: s, Version: 3}
	out, _ := json.MarshalIndent(cfg, "", "  ")
	fmt.Println(string(out))

	ids := NewOrderedMap[int, string]()
	ids.Set(42, "x")
	ids.Set(7, "y")
	for k, v := range ids.All() {
		fmt.Printf("%d=%s ", k, v)
	}
	fmt.Println()
	j, _ := json.Marshal(ids)
	fmt.Printf("%s %T\n", j, ids)
}
