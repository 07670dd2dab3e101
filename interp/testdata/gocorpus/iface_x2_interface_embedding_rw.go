// Exercises: interfaces composed by embedding, with one type satisfying the combined interface.
package main

import "fmt"

type Getter interface {
	Get(key string) (string, bool)
}
type Setter interface{ Set(key, value string) }
type Store interface {
	Getter
	Setter
	Keys() int
}

type MemStore struct{ m map[string]string }

func NewMemStore() *MemStore { return &MemStore{m: map[string]string{}} }

func (s *MemStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *MemStore) Set(k, v string)             { s.m[k] = v }
func (s *MemStore) Keys() int                   { return len(s.m) }

func fill(s Setter, pairs ...string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		s.Set(pairs[i], pairs[i+1])
	}
}

func lookup(g Getter, keys ...string) {
	for _, k := range keys {
		v, ok := g.Get(k)
		fmt.Printf("%s=%q found=%v\n", k, v, ok)
	}
}

func main() {
	var st Store = NewMemStore()
	fill(st, "lang", "go", "year", "2009")
	lookup(st, "lang", "year", "missing")
	fmt.Println(st.Keys())
	var g Getter = st
	if s, ok := g.(Store); ok {
		s.Set("extra", "yes")
		fmt.Println("upgraded to Store, keys:", s.Keys())
	}
	_, ok := g.(Setter)
	fmt.Println(ok)
}
