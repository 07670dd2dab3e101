package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"strings"
)

const maxLevel = 8

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next []*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  *slNode[K, V]
	level int
	rng   *rand.Rand
	n     int
}

func NewSkipList[K cmp.Ordered, V any](seed uint64) *SkipList[K, V] {
	return &SkipList[K, V]{
		head:  &slNode[K, V]{next: make([]*slNode[K, V], maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewPCG(seed, seed+1)),
	}
}

func (s *SkipList[K, V]) randomLevel() int {
	l := 1
	for l < maxLevel && s.rng.IntN(2) == 0 {
		l++
	}
	return l
}

func (s *SkipList[K, V]) Set(k K, v V) {
	update := make([]*slNode[K, V], maxLevel)
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	if nx := x.next[0]; nx != nil && nx.key == k {
		nx.val = v
		return
	}
	lvl := s.randomLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = s.head
	}
	s.level = max(s.level, lvl)
	n := &slNode[K, V]{key: k, val: v, next: make([]*slNode[K, V], lvl)}
	for i := range lvl {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.n++
}

func (s *SkipList[K, V]) Get(k K) (V, bool) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if x = x.next[0]; x != nil && x.key == k {
		return x.val, true
	}
	var zero V
	return zero, false
}

func (s *SkipList[K, V]) String() string {
	var parts []string
	for x := s.head.next[0]; x != nil; x = x.next[0] {
		parts = append(parts, fmt.Sprintf("%v=%v", x.key, x.val))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	sl := NewSkipList[int, string](42)
	for _, k := range []int{50, 10, 40, 20, 30, 60, 5} {
		sl.Set(k, fmt.Sprintf("v%d", k))
	}
	sl.Set(20, "twenty")
	fmt.Println(sl, sl.n)
	for _, k := range []int{20, 35, 5} {
		v, ok := sl.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	words := NewSkipList[string, int](7)
	for i, w := range strings.Fields("one two three four five six") {
		words.Set(w, i+1)
	}
	fmt.Println(words)
	fmt.Println(words.level >= 1, words.level <= maxLevel)
}
