// IntSet is a set of small non-negative integers represented as a bit vector.
package main

import (
	"bytes"
	"fmt"
)

type IntSet struct {
	words []uint64
}

func (s *IntSet) Has(x int) bool {
	word, bit := x/64, uint(x%64)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/64, uint(x%64)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) AddAll(xs ...int) {
	for _, x := range xs {
		s.Add(x)
	}
}

func (s *IntSet) Remove(x int) {
	word, bit := x/64, uint(x%64)
	if word < len(s.words) {
		s.words[word] &^= 1 << bit
	}
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) IntersectWith(t *IntSet) {
	for i := range s.words {
		if i < len(t.words) {
			s.words[i] &= t.words[i]
		} else {
			s.words[i] = 0
		}
	}
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return n
}

func (s *IntSet) Copy() *IntSet {
	return &IntSet{words: append([]uint64(nil), s.words...)}
}

func (s *IntSet) Elems() []int {
	var out []int
	for i, word := range s.words {
		for j := range 64 {
			if word&(1<<uint(j)) != 0 {
				out = append(out, 64*i+j)
			}
		}
	}
	return out
}

// String returns the set as a string of the form "{1 2 3}".
func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, e := range s.Elems() {
		if i > 0 {
			buf.WriteByte(' ')
		}
		fmt.Fprintf(&buf, "%d", e)
	}
	buf.WriteByte('}')
	return buf.String()
}

func main() {
	var x, y IntSet
	x.Add(1)
	x.Add(144)
	x.Add(9)
	fmt.Println(x.String())

	y.Add(9)
	y.Add(42)
	fmt.Println(y.String())

	x.UnionWith(&y)
	fmt.Println(x.String(), x.Len())
	fmt.Println(x.Has(9), x.Has(123))

	fmt.Println(&x)
	fmt.Println(x) // the String method is not in the method set of IntSet

	z := x.Copy()
	z.Remove(144)
	z.AddAll(3, 5, 7, 200)
	fmt.Println(z, x.Len(), z.Len())

	w := z.Copy()
	w.IntersectWith(&y)
	fmt.Println("intersection:", w)
	fmt.Printf("%v %d\n", w.Elems(), len(w.words))
}
