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
	Seq   int
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan Message
	seq    int
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, body string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0
	}
	b.seq++
	for _, ch := range b.subs[topic] {
		ch <- Message{topic, body, b.seq}
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	type sub struct {
		name string
		ch   <-chan Message
	}
	subs := []sub{
		{"news-1", b.Subscribe("news", 10)},
		{"news-2", b.Subscribe("news", 10)},
		{"sport", b.Subscribe("sport", 10)},
	}
	var wg sync.WaitGroup
	results := make([][]string, len(subs))
	for i, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range s.ch {
				results[i] = append(results[i], fmt.Sprintf("%d:%s", m.Seq, strings.ToUpper(m.Body)))
			}
		}()
	}
	counts := map[string]int{}
	for _, p := range [][2]string{{"news", "a"}, {"sport", "b"}, {"news", "c"}, {"weather", "d"}, {"sport", "e"}} {
		counts[p[0]] += b.Publish(p[0], p[1])
	}
	b.Close()
	wg.Wait()
	fmt.Println(b.Publish("news", "late"))
	for i, s := range subs {
		fmt.Println(s.name, results[i])
	}
	topics := make([]string, 0, len(counts))
	for t := range counts {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		fmt.Printf("%s=%d ", t, counts[t])
	}
	fmt.Println()
}
