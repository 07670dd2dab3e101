package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type block struct {
	off, size int
}

type Allocator struct {
	size  int
	free  []block
	used  map[int]int
	stats struct{ allocs, frees, fails int }
}

var ErrOOM = errors.New("out of memory")

func NewAllocator(size int) *Allocator {
	return &Allocator{size: size, free: []block{{0, size}}, used: map[int]int{}}
}

func align(n, a int) int { return (n + a - 1) &^ (a - 1) }

// Alloc uses first fit.
func (a *Allocator) Alloc(n int) (int, error) {
	n = align(n, 8)
	for i, b := range a.free {
		if b.size >= n {
			off := b.off
			if b.size == n {
				a.free = append(a.free[:i], a.free[i+1:]...)
			} else {
				a.free[i] = block{b.off + n, b.size - n}
			}
			a.used[off] = n
			a.stats.allocs++
			return off, nil
		}
	}
	a.stats.fails++
	return -1, fmt.Errorf("alloc %d: %w", n, ErrOOM)
}

func (a *Allocator) Free(off int) {
	n, ok := a.used[off]
	if !ok {
		panic(fmt.Sprintf("double free or invalid pointer %d", off))
	}
	delete(a.used, off)
	a.stats.frees++
	a.free = append(a.free, block{off, n})
	sort.Slice(a.free, func(i, j int) bool { return a.free[i].off < a.free[j].off })
	merged := a.free[:1]
	for _, b := range a.free[1:] {
		last := &merged[len(merged)-1]
		if last.off+last.size == b.off {
			last.size += b.size
		} else {
			merged = append(merged, b)
		}
	}
	a.free = merged
}

func (a *Allocator) Map() string {
	m := []byte(strings.Repeat("#", a.size/8))
	for _, b := range a.free {
		for i := b.off / 8; i < (b.off+b.size)/8; i++ {
			m[i] = '.'
		}
	}
	return string(m)
}

func safeFree(a *Allocator, off int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	a.Free(off)
	return nil
}

func main() {
	a := NewAllocator(256)
	ptrs := map[string]int{}
	for _, req := range []struct {
		name string
		n    int
	}{{"a", 20}, {"b", 64}, {"c", 8}, {"d", 100}, {"e", 60}} {
		p, err := a.Alloc(req.n)
		if err != nil {
			fmt.Println(req.name, "failed:", err, errors.Is(err, ErrOOM))
			continue
		}
		ptrs[req.name] = p
		fmt.Printf("%s = alloc(%d) @%d  %s\n", req.name, req.n, p, a.Map())
	}
	for _, name := range []string{"b", "c"} {
		a.Free(ptrs[name])
		fmt.Printf("free(%s)          %s free=%v\n", name, a.Map(), a.free)
	}
	p, _ := a.Alloc(70)
	fmt.Printf("alloc(70) @%d      %s\n", p, a.Map())
	fmt.Println(safeFree(a, ptrs["c"]))
	fmt.Println(safeFree(a, 3))
	fmt.Printf("%+v used=%v\n", a.stats, a.used)
}
