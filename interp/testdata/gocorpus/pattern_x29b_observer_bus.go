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

type Observer interface {
	Notify(e Event)
}

type ObserverFunc func(Event)

func (f ObserverFunc) Notify(e Event) { f(e) }

type Bus struct {
	nextID int
	subs   map[string]map[int]Observer
}

func NewBus() *Bus {
	return &Bus{subs: make(map[string]map[int]Observer)}
}

// Subscribe returns a function that removes the subscription.
func (b *Bus) Subscribe(topic string, o Observer) func() {
	if b.subs[topic] == nil {
		b.subs[topic] = make(map[int]Observer)
	}
	b.nextID++
	id := b.nextID
	b.subs[topic][id] = o
	return func() {
		delete(b.subs[topic], id)
	}
}

func (b *Bus) Publish(topic string, payload any) int {
	subs := b.subs[topic]
	ids := make([]int, 0, len(subs))
	for id := range subs {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		subs[id].Notify(Event{Topic: topic, Payload: payload})
	}
	return len(ids)
}

type Audit struct {
	lines []string
}

func (a *Audit) Notify(e Event) {
	a.lines = append(a.lines, fmt.Sprintf("%s=%v", e.Topic, e.Payload))
}

type Counter map[string]int

func (c Counter) Notify(e Event) { c[e.Topic]++ }

func main() {
	bus := NewBus()
	audit := &Audit{}
	counts := Counter{}

	bus.Subscribe("user.created", audit)
	bus.Subscribe("user.deleted", audit)
	bus.Subscribe("user.created", counts)
	bus.Subscribe("user.deleted", counts)

	var welcome []string
	cancel := bus.Subscribe("user.created", ObserverFunc(func(e Event) {
		if name, ok := e.Payload.(string); ok {
			welcome = append(welcome, "welcome, "+strings.ToUpper(name[:1])+name[1:])
		}
	}))

	fmt.Println("delivered:", bus.Publish("user.created", "alice"))
	fmt.Println("delivered:", bus.Publish("user.created", "bob"))
	cancel()
	fmt.Println("delivered:", bus.Publish("user.created", "carol"))
	fmt.Println("delivered:", bus.Publish("user.deleted", 42))
	fmt.Println("delivered:", bus.Publish("nobody.listens", nil))

	fmt.Println(strings.Join(audit.lines, "; "))
	fmt.Println(welcome)
	fmt.Println(counts)
	fmt.Printf("%T %d\n", counts, len(bus.subs))
}
