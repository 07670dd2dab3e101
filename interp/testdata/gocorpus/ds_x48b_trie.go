package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie[V any] struct {
	children map[rune]*Trie[V]
	value    V
	terminal bool
}

func (t *Trie[V]) Insert(key string, v V) {
	n := t
	for _, r := range key {
		if n.children == nil {
			n.children = map[rune]*Trie[V]{}
		}
		next, ok := n.children[r]
		if !ok {
			next = &Trie[V]{}
			n.children[r] = next
		}
		n = next
	}
	n.value, n.terminal = v, true
}

func (t *Trie[V]) find(prefix string) *Trie[V] {
	n := t
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie[V]) Lookup(key string) (V, bool) {
	if n := t.find(key); n != nil && n.terminal {
		return n.value, true
	}
	var zero V
	return zero, false
}

func (t *Trie[V]) WithPrefix(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*Trie[V], []rune)
	walk = func(n *Trie[V], path []rune) {
		if n.terminal {
			out = append(out, prefix+string(path))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(path, r))
		}
	}
	walk(n, nil)
	return out
}

func main() {
	var t Trie[int]
	for i, w := range strings.Fields("car cart carbon care cat dog dot do über übel") {
		t.Insert(w, i)
	}
	fmt.Println(t.WithPrefix("car"))
	fmt.Println(t.WithPrefix("do"))
	fmt.Println(t.WithPrefix("üb"))
	fmt.Printf("%q\n", t.WithPrefix("x"))
	for _, k := range []string{"cart", "ca", "do", "übel"} {
		v, ok := t.Lookup(k)
		fmt.Printf("%-5s -> %d %t\n", k, v, ok)
	}
	all := t.WithPrefix("")
	fmt.Println(len(all), all[0], all[len(all)-1])

	type route struct {
		handler string
		methods []string
	}
	var rt Trie[route]
	rt.Insert("/api/users", route{"users", []string{"GET", "POST"}})
	rt.Insert("/api/user/id", route{"user", []string{"GET"}})
	rt.Insert("/health", route{"health", nil})
	r, ok := rt.Lookup("/api/users")
	fmt.Printf("%+v %v\n", r, ok)
	fmt.Println(rt.WithPrefix("/api"))
}
