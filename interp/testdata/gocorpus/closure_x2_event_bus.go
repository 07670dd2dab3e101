// Exercises: an event bus storing handler closures per topic, with unsubscribe closures.
package main

import (
	"fmt"
	"sort"
)

type Bus struct {
	handlers map[string]map[int]func(string)
	nextID   int
}

func NewBus() *Bus { return &Bus{handlers: map[string]map[int]func(string){}} }

func (b *Bus) Subscribe(topic string, h func(string)) (unsubscribe func()) {
	if b.handlers[topic] == nil {
		b.handlers[topic] = map[int]func(string){}
	}
	id := b.nextID
	b.nextID++
	b.handlers[topic][id] = h
	return func() { delete(b.handlers[topic], id) }
}

func (b *Bus) Publish(topic, msg string) {
	ids := []int{}
	for id := range b.handlers[topic] {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		b.handlers[topic][id](msg)
	}
}

func main() {
	bus := NewBus()
	var log []string
	count := 0
	unsubA := bus.Subscribe("news", func(m string) { log = append(log, "A:"+m) })
	bus.Subscribe("news", func(m string) { count++ })
	bus.Subscribe("sport", func(m string) { log = append(log, "S:"+m) })
	bus.Publish("news", "hello")
	bus.Publish("sport", "goal")
	unsubA()
	bus.Publish("news", "again")
	bus.Publish("weather", "rain")
	fmt.Println(log, count)
}
