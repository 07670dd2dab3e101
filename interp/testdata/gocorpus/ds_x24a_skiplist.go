package main

import (
	"cmp"
	"fmt"
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
	rng   *rand.Rand
	n     int
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

func (s *SkipList[K, V]) Get(k K) (V, int, bool) {
	x := &s.head
	steps := 0
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
			steps++
		}
	}
	if nx := x.next[0]; nx != nil && nx.key == k {
		return nx.val, steps, true
	}
	var zero V
	return zero, steps, false
}

func (s *SkipList[K, V]) String() string {
	var b strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "L%d:", i)
		for x := s.head.next[i]; x != nil; x = x.next[i] {
			fmt.Fprintf(&b, " %v", x.key)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	sl := New[int, string](42)
	for _, k := range []int{30, 10, 50, 20, 40, 70, 60, 90, 80, 25, 10} {
		sl.Set(k, fmt.Sprintf("<%d>", k*2))
	}
	fmt.Print(sl)
	for _, k := range []int{25, 90, 55} {
		v, steps, ok := sl.Get(k)
		fmt.Printf("get %d -> %q ok=%v (steps %d)\n", k, v, ok, steps)
	}
	fmt.Println("n =", sl.n, "level =", sl.level)
}
