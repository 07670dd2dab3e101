// Types declared in the blocks of main's statements (top-level statements
// in notebook style), and two generic types with a Pop method each, one
// holding the other.
package main

import "fmt"

type inner[T any] struct{ items []T }

func (q *inner[T]) Pop() any {
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

type Outer[T any] struct{ in *inner[T] }

func (p Outer[T]) Pop() (T, bool) {
	if len(p.in.items) == 0 {
		var zero T
		return zero, false
	}
	return p.in.Pop().(T), true
}

func main() {
	if true {
		type scored struct{ n int }
		fmt.Println(scored{2})
	}
	for i := 0; i < 3; i++ {
		type pair struct{ a, b int }
		if i == 1 {
			continue
		}
		fmt.Printf("%+v\n", pair{i, i * i})
	}
	switch x := 3; {
	case x > 2:
		type big int
		fmt.Printf("%T %v\n", big(x), big(x))
	}
	o := Outer[int]{&inner[int]{[]int{7, 8}}}
	v, ok := o.Pop()
	fmt.Println(v, ok)
}
