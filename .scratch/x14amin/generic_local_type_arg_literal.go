// go run:      [{1 2}]
// gobackprop:  program style only: CompileError: type not found: main.Box[nil]
//
//	(notebook style agrees). Found while reducing ds_x14a_lru_cache.go: a type
//	declared inside func main used as the type argument of a generic composite literal.
package main

import "fmt"

type Box[K comparable] struct {
	keys []K
}

func (b *Box[K]) Add(k K) { b.keys = append(b.keys, k) }

func main() {
	type point struct{ x, y int }
	b := &Box[point]{}
	b.Add(point{1, 2})
	fmt.Println(b.keys)
}
