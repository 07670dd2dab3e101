// Exercises: IntSet over []uint64 with Has/Add/UnionWith/Remove/Len, String via bytes.Buffer, method on pointer receiver printed by fmt.
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

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i == len(s.words) {
			s.words = append(s.words, 0)
		}
		s.words[i] |= tword
	}
}

func (s *IntSet) Len() (n int) {
	for _, w := range s.words {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, word := range s.words {
		for j := 0; j < 64; j++ {
			if word&(1<<uint(j)) != 0 {
				if buf.Len() > len("{") {
					buf.WriteByte(' ')
				}
				fmt.Fprintf(&buf, "%d", 64*i+j)
			}
		}
	}
	return buf.String() + "}"
}

func main() {
	var x, y IntSet
	for _, v := range []int{1, 144, 9} {
		x.Add(v)
	}
	y.Add(200)
	fmt.Println(x.String(), y.String())
	x.UnionWith(&y)
	fmt.Println(&x, x.Len(), x.Has(9), x.Has(200), x.Has(123))
	fmt.Println(x)
}
