package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

const maxLevel = 6

type skipNode struct {
	key  int
	val  string
	next []*skipNode
}

type SkipList struct {
	head  *skipNode
	level int
	rng   *rand.Rand
	len   int
}

func NewSkipList(seed uint64) *SkipList {
	return &SkipList{
		head:  &skipNode{next: make([]*skipNode, maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewPCG(seed, 2)),
	}
}

func (s *SkipList) randomLevel() int {
	lvl := 1
	for lvl < maxLevel && s.rng.IntN(2) == 0 {
		lvl++
	}
	return lvl
}

func (s *SkipList) Insert(key int, val string) {
	update := make([]*skipNode, maxLevel)
	x := s.head
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
	if lvl > s.level {
		for i := s.level; i < lvl; i++ {
			update[i] = s.head
		}
		s.level = lvl
	}
	n := &skipNode{key: key, val: val, next: make([]*skipNode, lvl)}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.len++
}

func (s *SkipList) Search(key int) (string, bool) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
	}
	x = x.next[0]
	if x != nil && x.key == key {
		return x.val, true
	}
	return "", false
}

func (s *SkipList) Remove(key int) error {
	x := s.head
	found := false
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		if n := x.next[i]; n != nil && n.key == key {
			x.next[i] = n.next[i]
			found = true
		}
	}
	if !found {
		return fmt.Errorf("skiplist: key %d not present", key)
	}
	s.len--
	return nil
}

func (s *SkipList) String() string {
	var lines []string
	for i := s.level - 1; i >= 0; i-- {
		var sb strings.Builder
		fmt.Fprintf(&sb, "L%d: ", i)
		for n := s.head.next[i]; n != nil; n = n.next[i] {
			fmt.Fprintf(&sb, "%d ", n.key)
		}
		lines = append(lines, strings.TrimRight(sb.String(), " "))
	}
	return strings.Join(lines, "\n")
}

func main() {
	sl := NewSkipList(42)
	for _, k := range []int{30, 10, 50, 20, 40, 60, 5, 25} {
		sl.Insert(k, "v"+fmt.Sprint(k))
	}
	fmt.Println("len", sl.len)
	fmt.Println(sl)
	for _, k := range []int{25, 26} {
		v, ok := sl.Search(k)
		fmt.Printf("search %d: %q %v\n", k, v, ok)
	}
	fmt.Println(sl.Remove(25), sl.Remove(25))
	sl.Insert(10, "ten")
	v, _ := sl.Search(10)
	fmt.Println("10 ->", v, "len", sl.len)
	var keys []int
	for n := sl.head.next[0]; n != nil; n = n.next[0] {
		keys = append(keys, n.key)
	}
	fmt.Printf("%v\n", keys)
}
