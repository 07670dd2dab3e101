package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"strings"
)

const maxLevel = 12

type slNode[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next []*slNode[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  *slNode[K, V]
	level int
	len   int
	rng   *rand.Rand
}

func NewSkipList[K cmp.Ordered, V any](seed uint64) *SkipList[K, V] {
	return &SkipList[K, V]{
		head:  &slNode[K, V]{next: make([]*slNode[K, V], maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewPCG(seed, seed^0x5eed)),
	}
}

func (s *SkipList[K, V]) randomLevel() int {
	lvl := 1
	for lvl < maxLevel && s.rng.IntN(4) == 0 {
		lvl++
	}
	return lvl
}

func (s *SkipList[K, V]) Set(k K, v V) {
	var update [maxLevel]*slNode[K, V]
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == k {
		n.val = v
		return
	}
	lvl := s.randomLevel()
	if lvl > s.level {
		for i := s.level; i < lvl; i++ {
			update[i] = s.head
		}
		s.level = lvl
	}
	n := &slNode[K, V]{key: k, val: v, next: make([]*slNode[K, V], lvl)}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.len++
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

func (s *SkipList[K, V]) Delete(k K) bool {
	x := s.head
	var update [maxLevel]*slNode[K, V]
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	x = x.next[0]
	if x == nil || x.key != k {
		return false
	}
	for i := range x.next {
		update[i].next[i] = x.next[i]
	}
	for s.level > 1 && s.head.next[s.level-1] == nil {
		s.level--
	}
	s.len--
	return true
}

// Range calls fn for keys in [lo, hi).
func (s *SkipList[K, V]) Range(lo, hi K, fn func(K, V)) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < lo {
			x = x.next[i]
		}
	}
	for x = x.next[0]; x != nil && x.key < hi; x = x.next[0] {
		fn(x.key, x.val)
	}
}

func main() {
	sl := NewSkipList[int, string](42)
	perm := rand.New(rand.NewPCG(1, 2)).Perm(200)
	for _, k := range perm {
		sl.Set(k, fmt.Sprintf("v%d", k))
	}
	fmt.Println("len", sl.len, "level", sl.level)
	for _, k := range []int{0, 57, 199, 200, -1} {
		v, ok := sl.Get(k)
		fmt.Printf("get %d -> %q %v\n", k, v, ok)
	}
	for k := 0; k < 200; k += 3 {
		sl.Delete(k)
	}
	fmt.Println("after deletes len", sl.len, sl.Delete(3), sl.Delete(4))
	var keys []string
	sl.Range(40, 60, func(k int, v string) { keys = append(keys, v) })
	fmt.Println(strings.Join(keys, ","))

	words := NewSkipList[string, int](7)
	for i, w := range strings.Fields("pear apple fig banana apple cherry date fig") {
		words.Set(w, i)
	}
	words.Range("b", "g", func(k string, v int) { fmt.Printf("%s=%d ", k, v) })
	fmt.Println(words.len)
}
