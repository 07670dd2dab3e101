// Exercises: a generic cache keeping entries of its type parameter (a named int with String) in a container/list, read back in a method and printed from outside
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
	c.Put(9)
	fmt.Println(c.Keys())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value, *e.Value.(*entry[ID]))
		fmt.Printf("%v %+v %T\n", e.Value, e.Value, e.Value)
	}
}
