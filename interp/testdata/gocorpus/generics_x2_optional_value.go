// Exercises: an Optional[T] generic type with Some/None constructors and OrElse.
package main

import "fmt"

type Optional[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{value: v, ok: true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.value, o.ok }
func (o Optional[T]) OrElse(def T) T {
	if o.ok {
		return o.value
	}
	return def
}
func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

func find(names []string, prefix byte) Optional[string] {
	for _, n := range names {
		if n[0] == prefix {
			return Some(n)
		}
	}
	return None[string]()
}

func main() {
	names := []string{"alice", "bob", "carol"}
	for _, c := range []byte("bcz") {
		o := find(names, c)
		fmt.Println(string(c), o, o.OrElse("nobody"))
	}
	n := Some(3.5)
	if v, ok := n.Get(); ok {
		fmt.Println("got", v)
	}
	empty := None[int]()
	v, ok := empty.Get()
	fmt.Println(v, ok, empty)
}
