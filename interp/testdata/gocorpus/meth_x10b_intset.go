// Exercises: an IntSet bit vector on platform-sized uint words with AddAll/Has/UnionWith/SymmetricDifference/Elems/Len and a String method on a pointer receiver, fmt of value vs pointer
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

const wordBits = 32 << (^uint(0) >> 63)

type IntSet struct{ w []uint }

func (s *IntSet) Has(x int) bool {
	i, b := x/wordBits, uint(x%wordBits)
	return i < len(s.w) && s.w[i]>>b&1 == 1
}

func (s *IntSet) AddAll(xs ...int) {
	for _, x := range xs {
		i := x / wordBits
		if i >= len(s.w) {
			s.w = append(s.w, make([]uint, i+1-len(s.w))...)
		}
		s.w[i] |= 1 << uint(x%wordBits)
	}
}

func (s *IntSet) combine(t *IntSet, op func(a, b uint) uint) {
	for len(s.w) < len(t.w) {
		s.w = append(s.w, 0)
	}
	for i := range t.w {
		s.w[i] = op(s.w[i], t.w[i])
	}
}

func (s *IntSet) UnionWith(t *IntSet)           { s.combine(t, func(a, b uint) uint { return a | b }) }
func (s *IntSet) SymmetricDifference(t *IntSet) { s.combine(t, func(a, b uint) uint { return a ^ b }) }

func (s *IntSet) Len() (n int) {
	for _, w := range s.w {
		n += bits.OnesCount(w)
	}
	return
}

func (s *IntSet) Elems() (out []int) {
	for i, w := range s.w {
		for ; w != 0; w &= w - 1 {
			out = append(out, i*wordBits+bits.TrailingZeros(w))
		}
	}
	return
}

func (s *IntSet) String() string { return "{" + strings.Trim(fmt.Sprint(s.Elems()), "[]") + "}" }

func main() {
	var x, y IntSet
	x.AddAll(1, 144, 9, 64)
	y.AddAll(9, 42)
	fmt.Println(&x, &y, x.Len())
	u := IntSet{append([]uint(nil), x.w...)}
	u.UnionWith(&y)
	fmt.Println(u.String(), u.Has(42), u.Has(43), u.Has(100000))
	x.SymmetricDifference(&y)
	fmt.Println(&x, x.Len(), x.Elems(), len(fmt.Sprint(x)) > 0)
	fmt.Println(new(IntSet).String(), new(IntSet).Len(), wordBits == 64)
}
