// Exercises: blank identifier in assignments, range, imports-free interface checks and struct fields.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

var _ Shape = Sq{}
var _ = fmt.Sprint("unused")

type Padded struct {
	A int
	_ [4]byte
	B int
}

func pair() (int, string) { return 7, "seven" }

func main() {
	_, name := pair()
	num, _ := pair()
	fmt.Println(num, name)
	sum := 0
	for _, v := range []int{1, 2, 3} {
		sum += v
	}
	fmt.Println(sum)
	p := Padded{A: 1, B: 2}
	fmt.Println(p.A, p.B)
	_ = p
}
