// Exercises: a generic Optional type with value-receiver methods, a generic function returning it, OrElse
package main

import (
	"fmt"
	"strconv"
)

type Optional[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func parse(s string) Optional[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func main() {
	for _, s := range []string{"42", "x", "-7"} {
		o := parse(s)
		fmt.Println(o, o.OrElse(0))
	}
	fmt.Println(Some("lr").OrElse("?"), None[float64]().OrElse(0.5))
}
