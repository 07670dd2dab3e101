package main

import (
	"fmt"
	"sort"
	"strings"
)

type Listener func(args ...any)

type subscription struct {
	id   int
	fn   Listener
	once bool
}

type EventEmitter struct {
	nextID    int
	listeners map[string][]*subscription
}

func NewEventEmitter() *EventEmitter {
	return &EventEmitter{listeners: map[string][]*subscription{}}
}

func (e *EventEmitter) On(event string, fn Listener) func() {
	e.nextID++
	sub := &subscription{id: e.nextID, fn: fn}
	e.listeners[event] = append(e.listeners[event], sub)
	return func() { e.off(event, sub.id) }
}

func (e *EventEmitter) Once(event string, fn Listener) {
	e.nextID++
	e.listeners[event] = append(e.listeners[event], &subscription{id: e.nextID, fn: fn, once: true})
}

func (e *EventEmitter) off(event string, id int) {
	subs := e.listeners[event]
	for i, s := range subs {
		if s.id == id {
			e.listeners[event] = append(subs[:i:i], subs[i+1:]...)
			return
		}
	}
}

func (e *EventEmitter) Emit(event string, args ...any) int {
	subs := append([]*subscription(nil), e.listeners[event]...)
	for _, s := range subs {
		if s.once {
			e.off(event, s.id)
		}
		s.fn(args...)
	}
	return len(subs)
}

func (e *EventEmitter) EventNames() []string {
	var names []string
	for k, v := range e.listeners {
		if len(v) > 0 {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	return names
}

func main() {
	em := NewEventEmitter()
	var log []string
	logf := func(format string, a ...any) {
		log = append(log, fmt.Sprintf(format, a...))
	}
	unsub := em.On("data", func(args ...any) {
		logf("data listener 1: %v", args)
	})
	em.On("data", func(args ...any) {
		total := 0
		for _, a := range args {
			if n, ok := a.(int); ok {
				total += n
			}
		}
		logf("sum=%d", total)
	})
	em.Once("connect", func(args ...any) {
		logf("connected to %s", args[0])
	})
	counter := 0
	em.On("tick", func(...any) { counter++ })

	fmt.Println(em.EventNames())
	em.Emit("connect", "localhost:8080")
	em.Emit("connect", "ignored")
	n := em.Emit("data", 1, 2, "three", 4)
	fmt.Println("notified", n)
	unsub()
	em.Emit("data", 10, 20)
	for i := 0; i < 5; i++ {
		em.Emit("tick")
	}
	fmt.Println("ticks:", counter)
	fmt.Println("missing:", em.Emit("nothing"))
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(em.EventNames())
}
