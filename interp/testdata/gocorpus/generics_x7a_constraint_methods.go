// Exercises: interface constraint with a method and pointer-receiver type param pattern (PT interface{*T; M})
package main

import (
	"fmt"
	"strings"
)

type Resetter[T any] interface {
	*T
	Reset()
	Name() string
}

type Buf struct{ data []string }

func (b *Buf) Reset()       { b.data = b.data[:0] }
func (b *Buf) Name() string { return "buf(" + strings.Join(b.data, "+") + ")" }

type Counter struct{ n int }

func (c *Counter) Reset()       { c.n = 0 }
func (c *Counter) Name() string { return fmt.Sprintf("counter=%d", c.n) }

func MakeAll[T any, PT Resetter[T]](n int) []T {
	out := make([]T, n)
	for i := range out {
		PT(&out[i]).Reset()
	}
	return out
}

func Names[T any, PT Resetter[T]](xs []T) string {
	var parts []string
	for i := range xs {
		parts = append(parts, PT(&xs[i]).Name())
	}
	return strings.Join(parts, ", ")
}

type Shape interface {
	Area() float64
}

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func Largest[S Shape](xs []S) S {
	best := xs[0]
	for _, x := range xs[1:] {
		if x.Area() > best.Area() {
			best = x
		}
	}
	return best
}

func main() {
	cs := MakeAll[Counter](3)
	cs[1].n = 7
	fmt.Println(Names(cs))
	bs := []Buf{{data: []string{"a", "b"}}, {}}
	fmt.Println(Names(bs))
	fmt.Println(Largest([]Sq{2, 5, 3}))
}
