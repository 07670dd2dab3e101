// Types declared inside functions used as type arguments of generic
// types: pointers to the instances, variables of them, assertions to them,
// and a generic method printing the local type's values.
package main

import (
	"container/list"
	"fmt"
)

type Door int

func (d Door) String() string { return "door" }

type LRU[K comparable, V any] struct {
	ll    *list.List
	items map[K]*list.Element
	n     int
}

type entry[K comparable, V any] struct {
	k K
	v V
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	return &LRU[K, V]{ll: list.New(), items: map[K]*list.Element{}, n: n}
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).v = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.n {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry[K, V]).k)
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).k)
	}
	return ks
}

func (c *LRU[K, V]) String() string { return fmt.Sprintf("LRU(%d/%d)", c.ll.Len(), c.n) }

type M[S any] struct{ State S }

func (m *M[S]) Show() string { return fmt.Sprint(m.State, "/", m.State) }

func main() {
	type point struct{ x, y int }
	pc := NewLRU[point, string](2)
	pc.Put(point{1, 2}, "a")
	pc.Put(point{3, 4}, "b")
	pc.Put(point{1, 2}, "c")
	pc.Put(point{5, 6}, "d")
	fmt.Println(pc.Keys(), pc)
	var zero *LRU[point, string]
	fmt.Println(zero == nil)
	as := func(x any) int { return x.(*LRU[point, string]).n }
	fmt.Println(as(pc))
	type phase string
	m := &M[phase]{"cart"}
	fmt.Println(m.Show())
	fmt.Printf("%v %T\n", m.State, m.State)
}
