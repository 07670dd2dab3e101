// Go prints "*main.TwoStackQueue[string]". Session, notebook style (declarations in one cell,
// main body in the next): prints "*struct { Xin []string }" with no error (SILENT).
// Program style agrees with Go. Needs a method on the generic type; %T inside a function
// declared in the first cell. From iface_x46a_queue_impls.go (there with %-28T).
package main

import "fmt"

type TwoStackQueue[T any] struct{ in []T }

func (q *TwoStackQueue[T]) Len() int { return len(q.in) }

func show(q any) {
	fmt.Printf("%T\n", q)
}

func main() {
	show(&TwoStackQueue[string]{})
}
