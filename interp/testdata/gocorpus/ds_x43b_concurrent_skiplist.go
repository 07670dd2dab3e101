package main

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
)

const maxLevel = 6

type node struct {
	key  int
	val  string
	next [maxLevel]*node
}

type SkipList struct {
	mu    sync.RWMutex
	head  node
	level int
	rng   *rand.Rand
	size  int
}

func NewSkipList(seed int64) *SkipList {
	return &SkipList{level: 1, rng: rand.New(rand.NewSource(seed))}
}

func (s *SkipList) randomLevel() int {
	l := 1
	for l < maxLevel && s.rng.Intn(2) == 0 {
		l++
	}
	return l
}

func (s *SkipList) Insert(k int, v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var update [maxLevel]*node
	x := &s.head
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
		update[i] = &s.head
	}
	s.level = max(s.level, lvl)
	n := &node{key: k, val: v}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList) Get(k int) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if n := x.next[0]; n != nil && n.key == k {
		return n.val, true
	}
	return "", false
}

func (s *SkipList) Keys() []int {
	var ks []int
	for n := s.head.next[0]; n != nil; n = n.next[0] {
		ks = append(ks, n.key)
	}
	return ks
}

func main() {
	sl := NewSkipList(42)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				k := (i*4 + g) * 3 % 37
				sl.Insert(k, strings.Repeat("*", k%5+1))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("size:", sl.size)
	fmt.Println("keys:", sl.Keys())
	for _, k := range []int{0, 3, 17, 36, 100} {
		v, ok := sl.Get(k)
		fmt.Printf("get(%d) = %q, %v\n", k, v, ok)
	}
}
