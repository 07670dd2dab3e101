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

type Handler func(Event)

type Bus struct {
	mu   sync.RWMutex
	subs map[string][]Handler
	wg   sync.WaitGroup
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]Handler)} }

func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.subs[topic][idx] = nil
	}
}

func (b *Bus) Publish(e Event) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, h := range b.subs[e.Topic] {
		if h == nil {
			continue
		}
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			h(e)
		}()
	}
}

func (b *Bus) Wait() { b.wg.Wait() }

type Collector struct {
	mu  sync.Mutex
	got []string
}

func (c *Collector) On(prefix string) Handler {
	return func(e Event) {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.got = append(c.got, fmt.Sprintf("%s<-%s:%v", prefix, e.Topic, e.Payload))
	}
}

func main() {
	bus := NewBus()
	col := &Collector{}
	bus.Subscribe("disk", col.On("logger"))
	unsub := bus.Subscribe("disk", col.On("alarm"))
	bus.Subscribe("net", col.On("logger"))
	bus.Publish(Event{"disk", 91.5})
	bus.Publish(Event{"net", "eth0 down"})
	bus.Wait()
	unsub()
	bus.Publish(Event{"disk", []int{1, 2}})
	bus.Publish(Event{"cpu", nil})
	bus.Wait()
	sort.Strings(col.got)
	fmt.Println(strings.Join(col.got, "\n"))
	fmt.Println(len(bus.subs), len(bus.subs["disk"]))
}
