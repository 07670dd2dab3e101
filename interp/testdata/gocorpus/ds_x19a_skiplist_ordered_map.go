package main

import (
	"cmp"
	"fmt"
	"iter"
	"math/rand"
	"strings"
)

const maxLevel = 8

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next [maxLevel]*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  slNode[K, V]
	level int
	n     int
	rng   *rand.Rand
}

func New[K cmp.Ordered, V any](seed int64) *SkipList[K, V] {
	return &SkipList[K, V]{level: 1, rng: rand.New(rand.NewSource(seed))}
}

func (s *SkipList[K, V]) randomLevel() int {
	l := 1
	for l < maxLevel && s.rng.Intn(2) == 0 {
		l++
	}
	return l
}

func (s *SkipList[K, V]) Set(k K, v V) {
	var update [maxLevel]*slNode[K, V]
	x := &s.head
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
		update[i] = &s.head
	}
	s.level = max(s.level, lvl)
	n := &slNode[K, V]{key: k, val: v}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.n++
}

func (s *SkipList[K, V]) Get(k K) (V, bool) {
	x := &s.head
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

func (s *SkipList[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for x := s.head.next[0]; x != nil && x.key < hi; x = x.next[0] {
			if x.key >= lo && !yield(x.key, x.val) {
				return
			}
		}
	}
}

func main() {
	sl := New[string, int](42)
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog and the cat") {
		old, _ := sl.Get(w)
		sl.Set(w, old+i)
	}
	fmt.Println("len", sl.n, "level<=max", sl.level <= maxLevel)
	for k, v := range sl.Range("", "~") {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k := range sl.Range("c", "l") {
		fmt.Print(k, " ")
	}
	fmt.Println()
	v, ok := sl.Get("the")
	_, ok2 := sl.Get("zebra")
	fmt.Println(v, ok, ok2)
	nums := New[float64, string](1)
	for _, f := range []float64{3.5, -1, 2, 10, 0} {
		nums.Set(f, fmt.Sprint(f*2))
	}
	for k, v := range nums.Range(-5, 5) {
		fmt.Printf("%g:%s ", k, v)
	}
	fmt.Println()
}
