// Exercises: observer with a slice of interface subscribers, pointer and value receivers, unsubscribe by identity
package main

import "fmt"

type Event struct {
	Name string
	Data int
}

type Subscriber interface {
	Notify(e Event)
}

type Logger struct{ prefix string }

func (l Logger) Notify(e Event) { fmt.Printf("%s%s=%d\n", l.prefix, e.Name, e.Data) }

type Counter struct{ n, sum int }

func (c *Counter) Notify(e Event) { c.n++; c.sum += e.Data }

type Bus struct{ subs []Subscriber }

func (b *Bus) Subscribe(s Subscriber) { b.subs = append(b.subs, s) }

func (b *Bus) Unsubscribe(s Subscriber) {
	for i, x := range b.subs {
		if x == s {
			b.subs = append(b.subs[:i], b.subs[i+1:]...)
			return
		}
	}
}

func (b *Bus) Publish(e Event) {
	for _, s := range b.subs {
		s.Notify(e)
	}
}

func main() {
	bus := &Bus{}
	c := &Counter{}
	log := Logger{"log: "}
	bus.Subscribe(log)
	bus.Subscribe(c)
	bus.Publish(Event{"a", 1})
	bus.Publish(Event{"b", 2})
	bus.Unsubscribe(log)
	bus.Publish(Event{"c", 3})
	fmt.Println(c.n, c.sum, len(bus.subs))
	bus.Unsubscribe(c)
	bus.Publish(Event{"d", 4})
	fmt.Println(c.n, c.sum, len(bus.subs))
}
