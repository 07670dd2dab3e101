package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(payload string) error

type EventBus struct {
	handlers map[string][]Handler
	log      []string
}

func NewEventBus() *EventBus {
	return &EventBus{handlers: make(map[string][]Handler)}
}

func (b *EventBus) On(event string, h Handler) func() {
	b.handlers[event] = append(b.handlers[event], h)
	idx := len(b.handlers[event]) - 1
	return func() {
		b.handlers[event][idx] = nil
	}
}

func (b *EventBus) Emit(event, payload string) (errs []error) {
	for _, h := range b.handlers[event] {
		if h == nil {
			continue
		}
		if err := h(payload); err != nil {
			errs = append(errs, err)
		}
	}
	b.log = append(b.log, event+":"+payload)
	return
}

func main() {
	bus := NewEventBus()
	received := map[string][]string{}
	record := func(name string) Handler {
		return func(p string) error {
			received[name] = append(received[name], p)
			return nil
		}
	}
	bus.On("login", record("audit"))
	unsub := bus.On("login", record("welcome"))
	bus.On("login", func(p string) error {
		if strings.HasPrefix(p, "guest") {
			return fmt.Errorf("guests not allowed: %s", p)
		}
		return nil
	})
	bus.On("logout", record("audit"))

	fmt.Println(bus.Emit("login", "alice"))
	fmt.Println(bus.Emit("login", "guest42"))
	unsub()
	fmt.Println(len(bus.Emit("login", "bob")))
	bus.Emit("logout", "alice")
	bus.Emit("unknown", "x")

	names := make([]string, 0, len(received))
	for k := range received {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s got %v\n", n, received[n])
	}
	fmt.Println(strings.Join(bus.log, " | "))

	acc := 0
	adders := [3]func(){}
	for i := range adders {
		adders[i] = func() { acc += i * 10 }
	}
	for _, f := range adders {
		f()
	}
	defer fmt.Println("deferred acc:", acc)
	acc++
	fmt.Println("acc:", acc)
}
