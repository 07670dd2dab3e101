// Exercises: the decorator pattern - a struct embedding an interface,
// overriding one method and letting the others be promoted.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
	Keys() []string
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }
func (s *mapStore) Keys() []string {
	var ks []string
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// countingStore counts writes and passes everything else through.
type countingStore struct {
	Store
	writes int
}

func (c *countingStore) Set(k, v string) {
	c.writes++
	c.Store.Set(k, strings.ToUpper(v))
}

type named struct {
	*countingStore
	name string
}

func fill(s Store) {
	s.Set("a", "one")
	s.Set("b", "two")
}

func main() {
	cs := &countingStore{Store: &mapStore{map[string]string{}}}
	fill(cs)
	v, ok := cs.Get("a")
	fmt.Println(v, ok, cs.Keys(), cs.writes)
	n := named{cs, "n"}
	n.Set("c", "three")
	get := n.Get
	fmt.Println(get("c"))
	fmt.Println(n.Keys(), n.writes, n.name)
	var s Store = cs
	_, missing := s.Get("z")
	fmt.Println(missing, len(s.Keys()))
}
