// Exercises: generic interface implemented by a generic struct and a plain struct, type switch on any(v) inside a generic func, partial explicit instantiation of a user generic
package main

import (
	"fmt"
	"strconv"
)

type Container[T any] interface {
	Put(T)
	Get() (T, bool)
}

type Box[T any] struct{ items []T }

func (b *Box[T]) Put(v T) { b.items = append(b.items, v) }
func (b *Box[T]) Get() (T, bool) {
	var zero T
	if len(b.items) == 0 {
		return zero, false
	}
	v := b.items[0]
	b.items = b.items[1:]
	return v, true
}

type IntSlot struct{ v *int }

func (s *IntSlot) Put(v int) { s.v = &v }
func (s *IntSlot) Get() (int, bool) {
	if s.v == nil {
		return 0, false
	}
	return *s.v, true
}

func Fill[T any](c Container[T], xs ...T) Container[T] {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %v", v)
}

func Convert[To, From int | float64](x From) To { return To(x) }

func main() {
	cs := []Container[int]{Fill[int](&Box[int]{}, 1, 2), Fill[int](&IntSlot{}, 7, 8)}
	for _, c := range cs {
		v, ok := c.Get()
		fmt.Printf("%T %v %v\n", c, v, ok)
	}
	fmt.Println(Describe(3), Describe("s"), Describe(2.5), Describe([]int{1}))
	fmt.Println(Convert[int](2.9), Convert[float64](3))
}
