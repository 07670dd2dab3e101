// Exercises: a bit set type over []uint64 with Add/Has/Len, union and intersection through a func parameter, math/bits.OnesCount64 and TrailingZeros64 for iteration, a String method.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct{ words []uint64 }

func (s *BitSet) Add(i uint) {
	for int(i/64) >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[i/64] |= 1 << (i % 64)
}

func (s *BitSet) Has(i uint) bool {
	return int(i/64) < len(s.words) && s.words[i/64]&(1<<(i%64)) != 0
}

func (s *BitSet) word(i int) uint64 {
	if i < len(s.words) {
		return s.words[i]
	}
	return 0
}

func (s *BitSet) Len() (n int) {
	for _, w := range s.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (s *BitSet) combine(o *BitSet, op func(a, b uint64) uint64) *BitSet {
	n := max(len(s.words), len(o.words))
	r := &BitSet{words: make([]uint64, n)}
	for i := range r.words {
		r.words[i] = op(s.word(i), o.word(i))
	}
	return r
}

func (s *BitSet) String() string {
	var parts []string
	for i, w := range s.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			parts = append(parts, fmt.Sprint(i*64+t))
			w &= w - 1
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	a, b := &BitSet{}, &BitSet{}
	for _, i := range []uint{1, 3, 64, 130, 5} {
		a.Add(i)
	}
	for _, i := range []uint{3, 5, 7, 200} {
		b.Add(i)
	}
	a.words[0] &^= 1 << 1 // remove 1
	fmt.Println(a, b, a.Len(), a.Has(64), a.Has(1), b.Has(1000))
	fmt.Println(a.combine(b, func(x, y uint64) uint64 { return x | y }))
	fmt.Println(a.combine(b, func(x, y uint64) uint64 { return x & y }), len(a.words))
}
