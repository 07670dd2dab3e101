package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic   string
	Payload string
	Seq     int
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan Message
	seq    int
	closed bool
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan Message)}
}

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, payload string) int {
	b.mu.Lock()
	b.seq++
	msg := Message{topic, payload, b.seq}
	subs := b.subs[topic]
	b.mu.Unlock()
	for _, ch := range subs {
		ch <- msg
	}
	return len(subs)
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
	}
}

type Collector struct {
	mu   sync.Mutex
	seen map[string][]string
}

func (c *Collector) Add(who string, m Message) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen[who] = append(c.seen[who], fmt.Sprintf("%s#%d:%s", m.Topic, m.Seq, m.Payload))
}

func main() {
	b := NewBroker()
	col := &Collector{seen: map[string][]string{}}
	var wg sync.WaitGroup
	listen := func(name string, ch <-chan Message) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				col.Add(name, m)
			}
		}()
	}
	listen("logger", b.Subscribe("log", 10))
	listen("audit", b.Subscribe("log", 10))
	listen("billing", b.Subscribe("order", 1))
	listen("mailer", b.Subscribe("order", 0))

	fmt.Println(b.Publish("log", "started"))
	fmt.Println(b.Publish("order", "o-1"))
	fmt.Println(b.Publish("metrics", "cpu=3"))
	fmt.Println(b.Publish("order", "o-2"))
	fmt.Println(b.Publish("log", "stopping"))
	b.Close()
	b.Close()
	wg.Wait()

	names := make([]string, 0, len(col.seen))
	for n := range col.seen {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-8s %s\n", n, strings.Join(col.seen[n], " | "))
	}
	done := make(chan struct{})
	results := make(chan string)
	go func() {
		defer close(done)
		for i := 0; i < 3; i++ {
			select {
			case r := <-results:
				fmt.Println("got", r)
			}
		}
	}()
	for _, s := range []string{"x", "y", "z"} {
		results <- s
	}
	<-done
}
