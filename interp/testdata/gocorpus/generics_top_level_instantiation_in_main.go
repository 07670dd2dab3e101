// Exercises: generic type instantiated and used directly in main's body.
package main

import "fmt"

type Box[T any] struct {
	v T
}

func (b Box[T]) Get() T      { return b.v }
func (b *Box[T]) Set(v T)    { b.v = v }
func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func main() {
	b := Box[int]{v: 1}
	b.Set(10)
	fmt.Println(b.Get())
	sb := Wrap("text")
	fmt.Println(sb.Get(), len(sb.Get()))
	boxes := []Box[bool]{{true}, {false}}
	fmt.Println(boxes)
	nested := Wrap(Wrap(3.5))
	fmt.Println(nested.Get().Get())
	fmt.Printf("%T\n", nested)
}
