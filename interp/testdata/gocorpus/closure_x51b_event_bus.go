package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload map[string]any
}

type Bus struct {
	subs   map[string][]func(Event) error
	nextID int
	failed []string
}

func (b *Bus) Subscribe(topic string, fn func(Event) error) (unsubscribe func()) {
	if b.subs == nil {
		b.subs = make(map[string][]func(Event) error)
	}
	b.nextID++
	id := b.nextID
	removed := false
	wrapped := func(e Event) error {
		if removed {
			return nil
		}
		if err := fn(e); err != nil {
			return fmt.Errorf("sub#%d: %w", id, err)
		}
		return nil
	}
	b.subs[topic] = append(b.subs[topic], wrapped)
	return func() { removed = true }
}

func (b *Bus) Publish(e Event) {
	for _, fn := range b.subs[e.Topic] {
		if err := fn(e); err != nil {
			b.failed = append(b.failed, err.Error())
		}
	}
}

func main() {
	var bus Bus
	revenue := 0.0
	emails := []string{}
	stock := map[string]int{"pen": 10, "pad": 2}

	bus.Subscribe("order.paid", func(e Event) error {
		revenue += e.Payload["amount"].(float64)
		return nil
	})
	stopEmail := bus.Subscribe("order.paid", func(e Event) error {
		emails = append(emails, fmt.Sprintf("thanks %v", e.Payload["customer"]))
		return nil
	})
	bus.Subscribe("order.paid", func(e Event) error {
		sku, _ := e.Payload["sku"].(string)
		qty, ok := e.Payload["qty"].(int)
		if !ok {
			return fmt.Errorf("bad qty %v (%T)", e.Payload["qty"], e.Payload["qty"])
		}
		if stock[sku] < qty {
			return fmt.Errorf("stock %s: %d < %d", sku, stock[sku], qty)
		}
		stock[sku] -= qty
		return nil
	})
	events := []Event{
		{"order.paid", map[string]any{"amount": 12.5, "customer": "ann", "sku": "pen", "qty": 3}},
		{"order.paid", map[string]any{"amount": 4.0, "customer": "bob", "sku": "pad", "qty": 5}},
		{"order.refunded", map[string]any{"amount": 1.0}},
		{"order.paid", map[string]any{"amount": 7.25, "customer": "cy", "sku": "pen", "qty": "two"}},
	}
	for i, e := range events {
		if i == 2 {
			stopEmail()
		}
		bus.Publish(e)
	}
	fmt.Printf("revenue %.2f\n", revenue)
	fmt.Println(strings.Join(emails, "; "))
	fmt.Println(stock)
	sort.Strings(bus.failed)
	for _, f := range bus.failed {
		fmt.Println("failed:", f)
	}
	fmt.Println(events[0].Payload)
}
