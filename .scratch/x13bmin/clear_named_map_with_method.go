// go run:      0 map[]
// gobackprop:  1 map[1:{}]   (SILENT: clear does nothing on a map whose named type has a
//
//	method; generic Set[T] the same; without the method it clears.
//	From coll_x13b_set_ops.go, both styles)
package main

import "fmt"

type Set map[int]struct{}

func (s Set) Len() int { return len(s) }

func main() {
	s := Set{1: {}}
	clear(s)
	fmt.Println(len(s), s)
}
