package main

import "fmt"

type entry[K comparable, V any] struct {
	key K
	val V
}

type C[K comparable, V any] struct{ x any }

func (c *C[K, V]) Get() V { return c.x.(*entry[K, V]).val }

func main() {
	c := &C[string, int]{x: &entry[string, int]{"a", 1}}
	fmt.Println(c.Get())
}
