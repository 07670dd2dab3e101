package main

import "fmt"

type Entry[K comparable, V any] struct {
	Key K
	Val V
}

func (e *Entry[K, V]) String() string { return fmt.Sprintf("%v->%v", e.Key, e.Val) }

func main() {
	var e *Entry[string, int]
	fmt.Println(e == nil)
	e = &Entry[string, int]{"x", 1}
	entries := []*Entry[string, int]{e, {"y", 2}}
	fmt.Println(entries[0], entries[1].String(), len(entries))
}
