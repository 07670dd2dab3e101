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
	Seq     int
}

type Subscription struct {
	ID     int
	Topic  string
	C      <-chan Event
	ch     chan Event
	Missed int
}

type Bus struct {
	mu     sync.RWMutex
	subs   map[string][]*Subscription
	nextID int
	seq    int
	closed bool
}

func NewBus() *Bus { return &Bus{subs: map[string][]*Subscription{}} }

func (b *Bus) Subscribe(topic string, buffer int) *Subscription {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	ch := make(chan Event, buffer)
	s := &Subscription{ID: b.nextID, Topic: topic, C: ch, ch: ch}
	b.subs[topic] = append(b.subs[topic], s)
	return s
}

func (b *Bus) Unsubscribe(s *Subscription) {
	b.mu.Lock()
	defer b.mu.Unlock()
	list := b.subs[s.Topic]
	for i, x := range list {
		if x == s {
			b.subs[s.Topic] = append(list[:i], list[i+1:]...)
			close(s.ch)
			return
		}
	}
}

func (b *Bus) Publish(topic string, payload any) (delivered int) {
	b.mu.Lock()
	b.seq++
	ev := Event{Topic: topic, Payload: payload, Seq: b.seq}
	b.mu.Unlock()

	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, s := range append(b.subs[topic], b.subs["*"]...) {
		select {
		case s.ch <- ev:
			delivered++
		default:
			s.Missed++
		}
	}
	return
}

func (b *Bus) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, s := range list {
			close(s.ch)
		}
	}
	b.subs = nil
	b.closed = true
}

func main() {
	bus := NewBus()
	orders := bus.Subscribe("orders", 10)
	audit := bus.Subscribe("*", 2)
	users := bus.Subscribe("users", 10)

	var wg sync.WaitGroup
	var mu sync.Mutex
	log := map[string][]string{}
	consume := func(name string, s *Subscription) {
		defer wg.Done()
		for ev := range s.C {
			mu.Lock()
			log[name] = append(log[name], fmt.Sprintf("#%d %s:%v", ev.Seq, ev.Topic, ev.Payload))
			mu.Unlock()
		}
	}

	fmt.Println(bus.Publish("orders", map[string]int{"id": 1, "qty": 3}))
	fmt.Println(bus.Publish("users", "alice signed up"))
	fmt.Println(bus.Publish("orders", []string{"cancel", "1"}))
	fmt.Println(bus.Publish("metrics", 3.14))
	bus.Unsubscribe(users)
	fmt.Println(bus.Publish("users", "bob signed up"))

	wg.Add(3)
	go consume("orders", orders)
	go consume("audit", audit)
	go consume("users", users)
	bus.Close()
	wg.Wait()

	names := make([]string, 0, len(log))
	for n := range log {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-7s %s\n", n, strings.Join(log[n], " | "))
	}
	fmt.Println("audit missed:", audit.Missed, "orders missed:", orders.Missed)
	fmt.Printf("%+v\n", Event{Topic: "t", Payload: struct{ A, B int }{1, 2}, Seq: 9})
}
