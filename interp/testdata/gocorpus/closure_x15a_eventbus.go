package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event) error

type Bus struct {
	nextID int
	subs   map[string]map[int]Handler
	errors []string
}

func NewBus() *Bus { return &Bus{subs: map[string]map[int]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	if b.subs[topic] == nil {
		b.subs[topic] = map[int]Handler{}
	}
	b.subs[topic][id] = h
	return func() {
		delete(b.subs[topic], id)
		if len(b.subs[topic]) == 0 {
			delete(b.subs, topic)
		}
	}
}

func (b *Bus) Publish(topic string, payload any) int {
	var ids []int
	for t, hs := range b.subs {
		if t == topic || t == "*" || (strings.HasSuffix(t, ".*") && strings.HasPrefix(topic, strings.TrimSuffix(t, "*"))) {
			for id := range hs {
				ids = append(ids, id)
			}
		}
	}
	sort.Ints(ids)
	n := 0
	for _, id := range ids {
		for _, hs := range b.subs {
			if h, ok := hs[id]; ok {
				if err := h(Event{topic, payload}); err != nil {
					b.errors = append(b.errors, fmt.Sprintf("#%d %s: %v", id, topic, err))
				}
				n++
			}
		}
	}
	return n
}

func Once(h Handler) Handler {
	done := false
	return func(e Event) error {
		if done {
			return nil
		}
		done = true
		return h(e)
	}
}

func main() {
	bus := NewBus()
	var log []string
	logger := func(prefix string) Handler {
		return func(e Event) error {
			log = append(log, fmt.Sprintf("%s<%s:%v>", prefix, e.Topic, e.Payload))
			return nil
		}
	}
	totals := map[string]float64{}
	bus.Subscribe("order.created", func(e Event) error {
		amt, ok := e.Payload.(float64)
		if !ok {
			return fmt.Errorf("bad payload %T", e.Payload)
		}
		totals["orders"] += amt
		return nil
	})
	unsubAll := bus.Subscribe("*", logger("all"))
	bus.Subscribe("order.*", logger("ord"))
	bus.Subscribe("user.login", Once(logger("first-login")))

	fmt.Println(bus.Publish("order.created", 19.99))
	fmt.Println(bus.Publish("order.created", 5.01))
	fmt.Println(bus.Publish("user.login", "ann"))
	fmt.Println(bus.Publish("user.login", "bob"))
	fmt.Println(bus.Publish("order.created", "oops"))
	unsubAll()
	fmt.Println(bus.Publish("order.shipped", 42))
	fmt.Println(bus.Publish("nobody.listens", nil))
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Printf("%.2f %q\n", totals["orders"], bus.errors)
	topics := make([]string, 0)
	for t := range bus.subs {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	fmt.Println(topics)
}
