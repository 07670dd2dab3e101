// Exercises: a struct type and its twin reaching interface{} through struct fields, container/list, append, maps, a result, a generic function, an array of any
package main

import (
	"container/list"
	"fmt"
)

type Point struct{ X, Y int }
type Size struct{ X, Y int }

type Holder struct{ V any }

func toAny[T any](v T) any { return v }

func ret() any { return Size{7, 8} }

func which(v any) string {
	if _, ok := v.(Point); ok {
		return "point"
	}
	if _, ok := v.(Size); ok {
		return "size"
	}
	return "none"
}

func main() {
	h := Holder{Size{1, 2}}
	l := list.New()
	l.PushBack(Size{3, 4})
	var xs []any
	xs = append(xs, Size{5, 6})
	m := map[string]any{"s": Size{1, 1}}
	g := toAny(Size{9, 9})
	fmt.Println(which(h.V), which(l.Front().Value), which(xs[0]), which(m["s"]), which(ret()), which(g))
	fmt.Printf("%T %T %T %T %T\n", h.V, l.Front().Value, xs[0], m["s"], ret())
	fmt.Printf("%v %+v\n", h, h)
	var arr [2]any
	arr[0] = Point{1, 1}
	arr[1] = Size{1, 1}
	fmt.Println(arr[0] == arr[1], which(arr[0]), which(arr[1]))
}
