package main

import "fmt"

type K struct{ A, B int }
type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	var a, b any = K{1, 2}, K{1, 2}
	fmt.Println(a == b, a == any(K{2, 1}))
	var s1, s2 Shape = Sq{3}, Sq{3}
	fmt.Println(s1 == s2, s1 != Shape(Sq{4}))
	m := map[any]int{K{1, 2}: 1, Sq{3}: 2, "k": 3, 7: 4}
	fmt.Println(m[a], m[s1], m[Sq{3}], len(m))
	p1, p2 := &Sq{1}, &Sq{1}
	var i1, i2 Shape = p1, p2
	fmt.Println(i1 == i2, i1 == Shape(p1))
}
