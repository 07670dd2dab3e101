package main

import (
	"fmt"
	"sort"
	"strings"
)

type Listener func(args ...any) error

type Emitter struct {
	listeners map[string][]*entry
	nextID    int
}

type entry struct {
	id   int
	fn   Listener
	once bool
}

func NewEmitter() *Emitter { return &Emitter{listeners: map[string][]*entry{}} }

func (e *Emitter) on(ev string, fn Listener, once bool) (off func()) {
	e.nextID++
	en := &entry{id: e.nextID, fn: fn, once: once}
	e.listeners[ev] = append(e.listeners[ev], en)
	return func() { e.remove(ev, en.id) }
}

func (e *Emitter) On(ev string, fn Listener) func()   { return e.on(ev, fn, false) }
func (e *Emitter) Once(ev string, fn Listener) func() { return e.on(ev, fn, true) }

func (e *Emitter) remove(ev string, id int) {
	ls := e.listeners[ev]
	for i, l := range ls {
		if l.id == id {
			e.listeners[ev] = append(ls[:i:i], ls[i+1:]...)
			return
		}
	}
}

func (e *Emitter) Emit(ev string, args ...any) (errs []string) {
	for _, l := range append([]*entry(nil), e.listeners[ev]...) {
		if l.once {
			e.remove(ev, l.id)
		}
		if err := l.fn(args...); err != nil {
			errs = append(errs, err.Error())
		}
	}
	return
}

func main() {
	em := NewEmitter()
	var log []string
	logger := func(prefix string) Listener {
		return func(args ...any) error {
			log = append(log, fmt.Sprint(prefix, args))
			return nil
		}
	}
	offA := em.On("save", logger("A"))
	em.On("save", logger("B"))
	em.Once("save", logger("once"))
	em.On("save", func(args ...any) error {
		if len(args) > 0 && args[0] == "bad" {
			return fmt.Errorf("validator rejected %v", args[0])
		}
		return nil
	})
	totals := map[string]int{}
	em.On("count", func(args ...any) error {
		for _, a := range args {
			if s, ok := a.(string); ok {
				totals[s]++
			}
		}
		return nil
	})
	fmt.Println(em.Emit("save", "doc1"))
	offA()
	fmt.Println(em.Emit("save", "bad", 2))
	fmt.Println(em.Emit("nothing"))
	em.Emit("count", "x", "y", "x", 3, "z", "x")
	fmt.Println(strings.Join(log, " | "))
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, totals[k])
	}
	fmt.Println()
	want := "A[doc1] | B[doc1] | once[doc1] | B[bad 2]"
	if strings.Join(log, " | ") == want {
		fmt.Println("PASS emitter")
	} else {
		fmt.Println("FAIL emitter")
	}
	fmt.Println(len(em.listeners["save"]), em.nextID)
}
