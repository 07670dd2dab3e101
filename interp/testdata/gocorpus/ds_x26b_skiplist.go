package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"strings"
)

const maxLevel = 8

type node[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next []*node[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  *node[K, V]
	level int
	len   int
	rng   *rand.Rand
}

func NewSkipList[K cmp.Ordered, V any](seed uint64) *SkipList[K, V] {
	return &SkipList[K, V]{
		head:  &node[K, V]{next: make([]*node[K, V], maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
	}
}

func (s *SkipList[K, V]) randomLevel() int {
	l := 1
	for l < maxLevel && s.rng.IntN(4) == 0 {
		l++
	}
	return l
}

func (s *SkipList[K, V]) Set(k K, v V) {
	update := make([]*node[K, V], maxLevel)
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
	for i := s.level; i < lvl; i++ {
		update[i] = s.head
	}
	s.level = max(s.level, lvl)
	n := &node[K, V]{key: k, val: v, next: make([]*node[K, V], lvl)}
	for i := range lvl {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.len++
}

func (s *SkipList[K, V]) Get(k K) (v V, ok bool) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if x = x.next[0]; x != nil && x.key == k {
		return x.val, true
	}
	return v, false
}

func (s *SkipList[K, V]) Range(lo, hi K) (out []K) {
	for x := s.head.next[0]; x != nil && x.key <= hi; x = x.next[0] {
		if x.key >= lo {
			out = append(out, x.key)
		}
	}
	return
}

func (s *SkipList[K, V]) Levels() string {
	var sb strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "L%d:", i)
		for x := s.head.next[i]; x != nil; x = x.next[i] {
			fmt.Fprintf(&sb, " %v", x.key)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	sl := NewSkipList[int, string](42)
	r := rand.New(rand.NewPCG(1, 2))
	for _, k := range r.Perm(20) {
		sl.Set(k*3, fmt.Sprintf("v%d", k))
	}
	sl.Set(9, "nine")
	fmt.Print(sl.Levels())
	fmt.Println(sl.len, sl.level)
	for _, k := range []int{9, 10, 57, 0} {
		v, ok := sl.Get(k)
		fmt.Printf("%d:%q:%v ", k, v, ok)
	}
	fmt.Println()
	fmt.Println(sl.Range(10, 30))
	words := NewSkipList[string, int](7)
	for i, w := range strings.Fields("pear apple fig banana cherry apple") {
		words.Set(w, i)
	}
	fmt.Println(words.Range("a", "z"), words.len)
	fmt.Println(r.IntN(1000), r.Float64() < 1)
}
