package main

import (
	"errors"
	"fmt"
	"sort"
)

const (
	minOrder = 4 // 16 bytes
	maxOrder = 10
)

type Buddy struct {
	free  [maxOrder + 1]map[int]bool
	alloc map[int]int // offset -> order
}

func NewBuddy() *Buddy {
	b := &Buddy{alloc: map[int]int{}}
	for i := range b.free {
		b.free[i] = map[int]bool{}
	}
	b.free[maxOrder][0] = true
	return b
}

func orderFor(n int) int {
	o := minOrder
	for 1<<o < n {
		o++
	}
	return o
}

func lowest(m map[int]bool) int {
	best := -1
	for k := range m {
		if best < 0 || k < best {
			best = k
		}
	}
	return best
}

func (b *Buddy) Alloc(n int) (int, error) {
	want := orderFor(n)
	if want > maxOrder {
		return 0, errors.New("request too large")
	}
	o := want
	for o <= maxOrder && len(b.free[o]) == 0 {
		o++
	}
	if o > maxOrder {
		return 0, fmt.Errorf("no block of order %d", want)
	}
	off := lowest(b.free[o])
	delete(b.free[o], off)
	for o > want {
		o--
		b.free[o][off+1<<o] = true
	}
	b.alloc[off] = want
	return off, nil
}

func (b *Buddy) Free(off int) {
	o, ok := b.alloc[off]
	if !ok {
		panic(fmt.Errorf("free of unallocated offset %d", off))
	}
	delete(b.alloc, off)
	for o < maxOrder {
		buddy := off ^ (1 << o)
		if !b.free[o][buddy] {
			break
		}
		delete(b.free[o], buddy)
		off = min(off, buddy)
		o++
	}
	b.free[o][off] = true
}

func (b *Buddy) Dump() {
	for o := minOrder; o <= maxOrder; o++ {
		if len(b.free[o]) == 0 {
			continue
		}
		offs := make([]int, 0, len(b.free[o]))
		for k := range b.free[o] {
			offs = append(offs, k)
		}
		sort.Ints(offs)
		fmt.Printf("  order %2d (%4d B): %v\n", o, 1<<o, offs)
	}
}

func main() {
	b := NewBuddy()
	var ptrs []int
	for _, n := range []int{100, 10, 200, 16, 33, 500} {
		p, err := b.Alloc(n)
		if err != nil {
			fmt.Printf("alloc(%d): %v\n", n, err)
			continue
		}
		fmt.Printf("alloc(%d) -> %d (order %d)\n", n, p, orderFor(n))
		ptrs = append(ptrs, p)
	}
	b.Dump()
	for _, p := range []int{ptrs[1], ptrs[0], ptrs[3]} {
		b.Free(p)
		fmt.Println("free", p)
		b.Dump()
	}
	_, err := b.Alloc(5000)
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Free(ptrs[0])
	}()
	for _, p := range []int{ptrs[2], ptrs[4]} {
		b.Free(p)
	}
	b.Dump()
	fmt.Println("outstanding:", b.alloc)
}
