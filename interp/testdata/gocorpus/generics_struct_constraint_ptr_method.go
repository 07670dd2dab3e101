// Exercises: the pointer-method constraint pattern [T any, PT interface{ *T; M() }].
package main

import "fmt"

type Resetter[T any] interface {
	*T
	Reset()
}

type Counter struct{ N int }

func (c *Counter) Reset() { c.N = 100 }

type Name struct{ S string }

func (n *Name) Reset() { n.S = "default" }

func MakeAll[T any, PT Resetter[T]](count int) []T {
	out := make([]T, count)
	for i := range out {
		PT(&out[i]).Reset()
	}
	return out
}

func main() {
	fmt.Println(MakeAll[Counter](3))
	fmt.Println(MakeAll[Name](2))
}
