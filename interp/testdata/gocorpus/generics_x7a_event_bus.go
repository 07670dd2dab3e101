// Exercises: generic event bus with typed handlers, generic method-like funcs over generic struct, unsubscribe via returned closure
package main

import (
	"fmt"
	"slices"
)

type Bus[E any] struct {
	nextID   int
	handlers map[int]func(E)
}

func (b *Bus[E]) Subscribe(h func(E)) (unsubscribe func()) {
	if b.handlers == nil {
		b.handlers = map[int]func(E){}
	}
	id := b.nextID
	b.nextID++
	b.handlers[id] = h
	return func() { delete(b.handlers, id) }
}

func (b *Bus[E]) Publish(e E) int {
	ids := make([]int, 0, len(b.handlers))
	for id := range b.handlers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		b.handlers[id](e)
	}
	return len(ids)
}

type Login struct {
	User string
	OK   bool
}

func main() {
	var bus Bus[Login]
	var log []string
	u1 := bus.Subscribe(func(e Login) { log = append(log, "audit:"+e.User) })
	bus.Subscribe(func(e Login) {
		if !e.OK {
			log = append(log, "alert:"+e.User)
		}
	})
	fmt.Println(bus.Publish(Login{"ann", true}))
	u1()
	fmt.Println(bus.Publish(Login{"bob", false}))
	fmt.Println(log)
	var ints Bus[int]
	sum := 0
	ints.Subscribe(func(n int) { sum += n })
	for i := range 5 {
		ints.Publish(i)
	}
	fmt.Println(sum)
}
