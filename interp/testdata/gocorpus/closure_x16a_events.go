package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(data map[string]any) error

type EventBus struct {
	handlers map[string][]Handler
	log      []string
}

func NewEventBus() *EventBus {
	return &EventBus{handlers: map[string][]Handler{}}
}

func (b *EventBus) On(evt string, h Handler) func() {
	b.handlers[evt] = append(b.handlers[evt], h)
	idx := len(b.handlers[evt]) - 1
	return func() {
		b.handlers[evt][idx] = nil
	}
}

func (b *EventBus) Emit(evt string, data map[string]any) (errs []error) {
	defer func() {
		if r := recover(); r != nil {
			errs = append(errs, fmt.Errorf("handler panicked: %v", r))
		}
	}()
	for _, h := range b.handlers[evt] {
		if h == nil {
			continue
		}
		if err := h(data); err != nil {
			errs = append(errs, err)
		}
	}
	b.log = append(b.log, evt)
	return
}

func main() {
	bus := NewEventBus()
	total := 0.0
	seen := []string{}
	bus.On("order", func(d map[string]any) error {
		amt, ok := d["amount"].(float64)
		if !ok {
			return fmt.Errorf("bad amount %v (%T)", d["amount"], d["amount"])
		}
		total += amt
		return nil
	})
	off := bus.On("order", func(d map[string]any) error {
		seen = append(seen, fmt.Sprint(d["id"]))
		return nil
	})
	bus.On("crash", func(d map[string]any) error {
		var m map[string]int
		m["x"] = 1
		return nil
	})
	fmt.Println(bus.Emit("order", map[string]any{"id": 1, "amount": 9.5}))
	fmt.Println(bus.Emit("order", map[string]any{"id": 2, "amount": "ten"}))
	off()
	fmt.Println(bus.Emit("order", map[string]any{"id": 3, "amount": 0.5}))
	fmt.Println(bus.Emit("crash", nil))
	fmt.Println(bus.Emit("nobody", nil) == nil)
	fmt.Println(total, seen, strings.Join(bus.log, ","))
	keys := []string{}
	for k, hs := range bus.handlers {
		keys = append(keys, fmt.Sprintf("%s:%d", k, len(hs)))
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
