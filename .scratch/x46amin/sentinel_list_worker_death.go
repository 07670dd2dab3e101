// Go prints "true 0". Session, both styles: the worker process dies (exit status 2), no output.
// Mutually recursive generic types: List[T] holds an Element[T] by value, Element[T] points
// back to *List[T] (the container/list sentinel layout). From ds_x46a_sentinel_list.go.
// Variant without the generic constructor (main does l := new(List[int]); l.root.list = l):
// program style gives "CompileError: type not found: List[int]", notebook style the worker dies.
package main

import "fmt"

type Element[T any] struct {
	Value T
	list  *List[T]
}

type List[T any] struct {
	root Element[T]
	len  int
}

func New[T any]() *List[T] {
	l := new(List[T])
	l.root.list = l
	return l
}

func main() {
	l := New[int]()
	fmt.Println(l.root.list == l, l.len)
}
