package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

const maxLevel = 8

type node struct {
	key  int
	val  string
	next [maxLevel]*node
}

type SkipList struct {
	head  node
	level int
	rng   *rand.Rand
	size  int
}

func NewSkipList(seed uint64) *SkipList {
	return &SkipList{level: 1, rng: rand.New(rand.NewPCG(seed, 2))}
}

func (s *SkipList) randomLevel() int {
	lvl := 1
	for lvl < maxLevel && s.rng.IntN(2) == 0 {
		lvl++
	}
	return lvl
}

func (s *SkipList) Put(key int, val string) {
	var update [maxLevel]*node
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == key {
		n.val = val
		return
	}
	lvl := s.randomLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = &s.head
	}
	s.level = max(s.level, lvl)
	n := &node{key: key, val: val}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList) Get(key int) (string, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
	}
	if n := x.next[0]; n != nil && n.key == key {
		return n.val, true
	}
	return "", false
}

func (s *SkipList) Delete(key int) bool {
	found := false
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		if n := x.next[i]; n != nil && n.key == key {
			x.next[i] = n.next[i]
			found = true
		}
	}
	if found {
		s.size--
	}
	return found
}

func (s *SkipList) String() string {
	var sb strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "L%d:", i)
		for n := s.head.next[i]; n != nil; n = n.next[i] {
			fmt.Fprintf(&sb, " %d", n.key)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	sl := NewSkipList(1)
	r := rand.New(rand.NewPCG(7, 7))
	for _, k := range r.Perm(12) {
		sl.Put(k*5, fmt.Sprintf("v%02d", k))
	}
	fmt.Print(sl)
	for _, k := range []int{0, 25, 26, 55} {
		v, ok := sl.Get(k)
		fmt.Printf("get(%d) = %q %v\n", k, v, ok)
	}
	sl.Put(25, "updated")
	fmt.Println(sl.Delete(30), sl.Delete(31), sl.size)
	v, _ := sl.Get(25)
	fmt.Println(v, sl.level)
	fmt.Print(sl.String())
}
