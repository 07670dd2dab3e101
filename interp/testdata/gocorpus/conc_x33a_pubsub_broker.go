package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan Message
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan Message)}
}

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	ch := make(chan Message, buf)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	n := 0
	for _, ch := range b.subs[m.Topic] {
		ch <- m
		n++
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	news1 := b.Subscribe("news", 10)
	news2 := b.Subscribe("news", 10)
	sports := b.Subscribe("sports", 10)

	var mu sync.Mutex
	received := map[string][]string{}
	var wg sync.WaitGroup
	listen := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			received[name] = append(received[name], m.Topic+":"+m.Body)
			mu.Unlock()
		}
	}
	wg.Add(3)
	go listen("n1", news1)
	go listen("n2", news2)
	go listen("sp", sports)

	delivered := 0
	for _, m := range []Message{
		{"news", "election"}, {"sports", "final"}, {"weather", "rain"},
		{"news", "markets"}, {"sports", "transfer"},
	} {
		delivered += b.Publish(m)
	}
	b.Close()
	wg.Wait()

	names := make([]string, 0, len(received))
	for k := range received {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, strings.Join(received[n], ", "))
	}
	fmt.Println("delivered:", delivered)
	fmt.Printf("%v\n", received)
}
