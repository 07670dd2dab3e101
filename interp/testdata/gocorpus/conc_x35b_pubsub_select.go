package main

import (
	"fmt"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu     sync.Mutex
	subs   map[string][]chan Message
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

// Publish delivers without blocking; full subscribers miss the message.
func (b *Broker) Publish(m Message) (delivered, dropped int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[m.Topic] {
		select {
		case ch <- m:
			delivered++
		default:
			dropped++
		}
	}
	return
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	fast := b.Subscribe("news", 10)
	slow := b.Subscribe("news", 1)
	sports := b.Subscribe("sports", 4)

	for i, h := range []string{"election", "storm", "markets"} {
		d, x := b.Publish(Message{"news", h})
		fmt.Printf("news #%d delivered=%d dropped=%d\n", i, d, x)
	}
	b.Publish(Message{"sports", "final score 2-1"})
	b.Publish(Message{"weather", "nobody"})
	b.Close()
	b.Close()

	var wg sync.WaitGroup
	results := make([][]string, 3)
	for i, ch := range []<-chan Message{fast, slow, sports} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				results[i] = append(results[i], strings.ToUpper(m.Body[:1])+m.Body[1:])
			}
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Println(i, r)
	}

	// fan-in with select over two producers until both close
	a, c := make(chan int), make(chan string)
	go func() {
		for i := range 3 {
			a <- i
		}
		close(a)
	}()
	go func() {
		for _, s := range []string{"x", "y"} {
			c <- s
		}
		close(c)
	}()
	sumA, joined := 0, ""
	for a != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case s, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			joined += s
		}
	}
	fmt.Println("sumA:", sumA, "joined len:", len(joined))
}
