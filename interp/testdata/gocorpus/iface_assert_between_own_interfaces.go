// Exercises: asserting one interface of the program to another, both as a
// top-level variable and in a function, including a failed single-value
// assertion (which panics in Go) and a value of a compiled type.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }

type Blob struct{}

func (Blob) Area() float64 { return 0 }

func describe(s Shape) string {
	if n, ok := s.(Named); ok {
		return n.Name()
	}
	return "unnamed"
}

func mustName(s Shape) (name string) {
	defer func() {
		if r := recover(); r != nil {
			name = fmt.Sprint("recovered: ", r)
		}
	}()
	return s.(Named).Name()
}

func main() {
	var s Shape = Square{2}
	n, ok := s.(Named)
	fmt.Println(n.Name(), ok)
	var b Shape = Blob{}
	_, ok = b.(Named)
	fmt.Println(ok)
	fmt.Println(describe(s), describe(b), describe(&Square{1}))
	fmt.Println(mustName(s))
	fmt.Println(mustName(b))
	var none Shape
	fmt.Println(mustName(none))
}
