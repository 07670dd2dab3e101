// go run:      [#007]
// gobackprop:  CompileError: Cache[ID], an instance of a generic type whose method Put hands values of
//
//	its type parameter to an interface (there the interpreter holds a ID as a int, without
//	its methods), is not supported by gobackprop: write Put as a generic function taking the
//	Cache ... (clear error, both styles)
//
// From generics_x18a_cache.go (LRU[K, V] over container/list, instantiated with K = ID, a named int
// with a String method; Put stores &entry[K]{k} into list.Element.Value, an `any`).
package main

import (
	"container/list"
	"fmt"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("#%03d", int(i)) }

type entry[K comparable] struct{ key K }

type Cache[K comparable] struct{ ll *list.List }

func (c *Cache[K]) Put(k K) { c.ll.PushFront(&entry[K]{k}) }

func (c *Cache[K]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K]).key)
	}
	return ks
}

func main() {
	c := &Cache[ID]{ll: list.New()}
	c.Put(7)
	fmt.Println(c.Keys())
}
