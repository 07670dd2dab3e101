package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event interface {
	Topic() string
}

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}

func (UserCreated) Topic() string  { return "user.created" }
func (*OrderPlaced) Topic() string { return "order.placed" }

type Subscriber func(Event) error

type Bus struct {
	mu   sync.RWMutex
	subs map[string][]Subscriber
	dead []string
}

func (b *Bus) Subscribe(topic string, s Subscriber) (unsubscribe func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = make(map[string][]Subscriber)
	}
	b.subs[topic] = append(b.subs[topic], s)
	idx := len(b.subs[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.subs[topic][idx] = nil
	}
}

func (b *Bus) Publish(e Event) int {
	b.mu.RLock()
	subs := append([]Subscriber(nil), b.subs[e.Topic()]...)
	subs = append(subs, b.subs["*"]...)
	b.mu.RUnlock()
	delivered := 0
	for _, s := range subs {
		if s == nil {
			continue
		}
		if err := s(e); err != nil {
			b.dead = append(b.dead, fmt.Sprintf("%s: %v", e.Topic(), err))
			continue
		}
		delivered++
	}
	return delivered
}

func main() {
	var bus Bus
	var log []string
	counts := map[string]int{}
	bus.Subscribe("*", func(e Event) error {
		counts[e.Topic()]++
		return nil
	})
	unsub := bus.Subscribe("user.created", func(e Event) error {
		u := e.(UserCreated)
		log = append(log, "welcome email to "+u.Name)
		return nil
	})
	bus.Subscribe("order.placed", func(e Event) error {
		o := e.(*OrderPlaced)
		if o.Total > 100 {
			return fmt.Errorf("order %d needs review (%.2f)", o.ID, o.Total)
		}
		log = append(log, fmt.Sprintf("ship order %d", o.ID))
		return nil
	})
	fmt.Println(bus.Publish(UserCreated{"ada"}))
	fmt.Println(bus.Publish(&OrderPlaced{1, 42.5}))
	fmt.Println(bus.Publish(&OrderPlaced{2, 420}))
	unsub()
	fmt.Println(bus.Publish(UserCreated{"bob"}))
	fmt.Println(strings.Join(log, " | "))
	fmt.Println(bus.dead)
	topics := make([]string, 0, len(counts))
	for t := range counts {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		fmt.Printf("%s=%d ", t, counts[t])
	}
	fmt.Println()
	var e Event = &OrderPlaced{3, 1}
	switch ev := e.(type) {
	case UserCreated:
		fmt.Println("user", ev.Name)
	case *OrderPlaced:
		fmt.Printf("order %+v\n", *ev)
	}
}
