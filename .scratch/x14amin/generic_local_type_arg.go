// go run:      &{{1 2} one-two}
// gobackprop:  program style only: panic(*interp.cfgError): 5:1130: CFG post-order panic: nil
//
//	reflect type. (The full program ds_x14a_lru_cache.go gives "CFG post-order
//	panic: interface conversion: reflect.Type is nil, not *reflect.rtype".)
//	Notebook style, where `type point` becomes a top-level declaration, agrees.
//	Trigger: a type declared inside func main used as a type argument of a generic
//	type whose method builds another generic type (&entry[K, V]{...}).
package main

import (
	"container/list"
	"fmt"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	ll *list.List
}

func (c *LRU[K, V]) Put(k K, v V) { c.ll.PushFront(&entry[K, V]{k, v}) }

func NewLRU[K comparable, V any]() *LRU[K, V] { return &LRU[K, V]{ll: list.New()} }

func main() {
	type point struct{ x, y int }
	pc := NewLRU[point, string]()
	pc.Put(point{1, 2}, "one-two")
	fmt.Println(pc.ll.Front().Value)
}
