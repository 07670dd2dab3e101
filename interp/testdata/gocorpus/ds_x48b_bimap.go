package main

import (
	"errors"
	"fmt"
	"slices"
)

var ErrDuplicate = errors.New("bimap: value already mapped")

type BiMap[K, V comparable] struct {
	fwd map[K]V
	rev map[V]K
}

func NewBiMap[K, V comparable]() *BiMap[K, V] {
	return &BiMap[K, V]{fwd: map[K]V{}, rev: map[V]K{}}
}

func (b *BiMap[K, V]) Put(k K, v V) error {
	if ok, exists := b.rev[v]; exists && ok != k {
		return fmt.Errorf("put %v=%v: %w (owned by %v)", k, v, ErrDuplicate, ok)
	}
	if old, ok := b.fwd[k]; ok {
		delete(b.rev, old)
	}
	b.fwd[k] = v
	b.rev[v] = k
	return nil
}

func (b *BiMap[K, V]) Key(v V) (K, bool) {
	k, ok := b.rev[v]
	return k, ok
}

func (b *BiMap[K, V]) Value(k K) (V, bool) {
	v, ok := b.fwd[k]
	return v, ok
}

func (b *BiMap[K, V]) Inverse() *BiMap[V, K] {
	return &BiMap[V, K]{fwd: b.rev, rev: b.fwd}
}

func (b *BiMap[K, V]) Len() int { return len(b.fwd) }

type Code string

func main() {
	countries := NewBiMap[Code, string]()
	pairs := []struct {
		c    Code
		name string
	}{{"FR", "France"}, {"DE", "Germany"}, {"JP", "Japan"}, {"XX", "France"}, {"DE", "Deutschland"}}
	for _, p := range pairs {
		if err := countries.Put(p.c, p.name); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDuplicate))
		}
	}
	fmt.Println("len", countries.Len())
	k, ok := countries.Key("Japan")
	fmt.Printf("%q %v %T\n", k, ok, k)
	_, ok = countries.Key("Germany")
	fmt.Println("Germany present:", ok)
	v, _ := countries.Value("DE")
	fmt.Println("DE ->", v)

	inv := countries.Inverse()
	names := make([]string, 0)
	for n := range inv.fwd {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		c, _ := inv.Value(n)
		fmt.Printf("%-12s %s\n", n, c)
	}
	fmt.Println(inv.fwd)

	ids := NewBiMap[int, rune]()
	for i, r := range "gopher" {
		_ = ids.Put(i, r)
	}
	r, _ := ids.Value(3)
	i, _ := ids.Key('e')
	fmt.Printf("%c %d %v\n", r, i, ids.fwd)
}
