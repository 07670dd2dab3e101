// Exercises: fixed-capacity generic ring buffer overwriting the oldest, modular indices, Items in order, a bitset type on []uint64 with Set/Has/Count and String.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Ring[T any] struct {
	buf         []T
	start, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) {
	r.buf[(r.start+r.size)%len(r.buf)] = v
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.start = (r.start + 1) % len(r.buf)
	}
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.start+i)%len(r.buf)])
	}
	return out
}

type Bitset []uint64

func (b *Bitset) Set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}
func (b Bitset) Has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}
func (b Bitset) String() string {
	var parts []string
	for i := 0; i < len(b)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	r := NewRing[int](4)
	for i := 1; i <= 6; i++ {
		r.Push(i * i)
		fmt.Println(r.Items())
	}
	var b Bitset
	for _, i := range []int{1, 3, 64, 65, 130, 3} {
		b.Set(i)
	}
	fmt.Printf("%v %s %d %d %d %v %v\n", b, Bitset{5}, []Bitset{{1}}, b.Count(), len(b), b.Has(64), b.Has(2))
}
