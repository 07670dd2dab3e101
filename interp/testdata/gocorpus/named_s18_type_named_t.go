// Exercises: a type named T, the commonest name in teaching code, beside min and max and a generic function
package main

import "fmt"

type T int

func (t T) Double() T { return t * 2 }

func Last[X any](xs []X) X { return xs[len(xs)-1] }

func main() {
	x := T(3)
	fmt.Println(x, x.Double(), T(4)+1, min(x, 2), max(1.5, 2))
	fmt.Println(Last([]string{"a", "b"}), Last([]T{7, 8}))
	fmt.Printf("%T %v\n", x, []T{1, 2})
}
