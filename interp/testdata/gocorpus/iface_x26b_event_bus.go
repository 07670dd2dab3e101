package main

import (
	"fmt"
	"sort"
	"strings"
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

type Handler interface {
	Handle(Event) error
}

type HandlerFunc func(Event) error

func (f HandlerFunc) Handle(e Event) error { return f(e) }

type Bus struct {
	subs map[string][]Handler
	log  []string
}

func (b *Bus) Subscribe(topic string, h Handler) {
	if b.subs == nil {
		b.subs = map[string][]Handler{}
	}
	b.subs[topic] = append(b.subs[topic], h)
}

func (b *Bus) Publish(e Event) (errs []error) {
	for i, h := range b.subs[e.Topic()] {
		if err := h.Handle(e); err != nil {
			errs = append(errs, fmt.Errorf("handler %d on %s: %w", i, e.Topic(), err))
		}
	}
	b.log = append(b.log, e.Topic())
	return
}

type counter struct{ n map[string]int }

func (c *counter) Handle(e Event) error {
	c.n[e.Topic()]++
	return nil
}

func main() {
	bus := &Bus{}
	cnt := &counter{n: map[string]int{}}
	bus.Subscribe("user.created", cnt)
	bus.Subscribe("order.placed", cnt)
	var names []string
	bus.Subscribe("user.created", HandlerFunc(func(e Event) error {
		u := e.(UserCreated)
		if strings.TrimSpace(u.Name) == "" {
			return fmt.Errorf("empty name")
		}
		names = append(names, u.Name)
		return nil
	}))
	total := 0.0
	bus.Subscribe("order.placed", HandlerFunc(func(e Event) error {
		switch o := e.(type) {
		case *OrderPlaced:
			if o.Total < 0 {
				return fmt.Errorf("negative total %.2f for order %d", o.Total, o.ID)
			}
			total += o.Total
		default:
			return fmt.Errorf("unexpected %T", e)
		}
		return nil
	}))
	events := []Event{UserCreated{"ann"}, &OrderPlaced{1, 9.5}, UserCreated{" "}, &OrderPlaced{2, -3}, &OrderPlaced{3, 20.25}, UserCreated{"bob"}}
	for _, e := range events {
		for _, err := range bus.Publish(e) {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(cnt.n)
	fmt.Println(names, total)
	topics := make([]string, 0, len(bus.subs))
	for t := range bus.subs {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		fmt.Printf("%s: %d handlers\n", t, len(bus.subs[t]))
	}
	fmt.Println(len(bus.log), bus.log[len(bus.log)-1])
}
