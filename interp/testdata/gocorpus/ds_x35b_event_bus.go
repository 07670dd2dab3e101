package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event) error

type subscription struct {
	id int
	h  Handler
}

type Bus struct {
	mu     sync.RWMutex
	nextID int
	subs   map[string][]subscription
	errs   []error
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]subscription)} }

func (b *Bus) Subscribe(topic string, h Handler) (unsubscribe func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	id := b.nextID
	b.subs[topic] = append(b.subs[topic], subscription{id, h})
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		list := b.subs[topic]
		for i, s := range list {
			if s.id == id {
				b.subs[topic] = append(list[:i], list[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Publish(topic string, payload any) int {
	b.mu.RLock()
	handlers := append([]subscription(nil), b.subs[topic]...)
	handlers = append(handlers, b.subs["*"]...)
	b.mu.RUnlock()
	ev := Event{topic, payload}
	for _, s := range handlers {
		func() {
			defer func() {
				if r := recover(); r != nil {
					b.errs = append(b.errs, fmt.Errorf("handler %d panicked: %v", s.id, r))
				}
			}()
			if err := s.h(ev); err != nil {
				b.errs = append(b.errs, fmt.Errorf("handler %d: %w", s.id, err))
			}
		}()
	}
	return len(handlers)
}

func main() {
	bus := NewBus()
	var log []string
	counts := map[string]int{}

	bus.Subscribe("*", func(e Event) error {
		counts[e.Topic]++
		return nil
	})
	unsub := bus.Subscribe("user.created", func(e Event) error {
		log = append(log, fmt.Sprintf("welcome mail to %v", e.Payload))
		return nil
	})
	bus.Subscribe("user.created", func(e Event) error {
		name, ok := e.Payload.(string)
		if !ok {
			return fmt.Errorf("bad payload %T", e.Payload)
		}
		log = append(log, "audit: "+strings.ToUpper(name))
		return nil
	})
	bus.Subscribe("order.paid", func(e Event) error {
		amount := e.Payload.(float64)
		log = append(log, fmt.Sprintf("invoice %.2f", amount))
		return nil
	})

	fmt.Println(bus.Publish("user.created", "alice"))
	fmt.Println(bus.Publish("user.created", 42))
	unsub()
	fmt.Println(bus.Publish("user.created", "bob"))
	fmt.Println(bus.Publish("order.paid", 19.99))
	fmt.Println(bus.Publish("order.paid", "oops"))
	fmt.Println(bus.Publish("nobody.listens", nil))

	for _, l := range log {
		fmt.Println(" -", l)
	}
	for _, e := range bus.errs {
		fmt.Println("err:", e)
	}
	topics := make([]string, 0, len(counts))
	for t := range counts {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		fmt.Printf("%-15s %d\n", t, counts[t])
	}
}
