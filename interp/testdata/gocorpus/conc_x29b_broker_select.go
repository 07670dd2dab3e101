package main

import (
	"context"
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
	mu     sync.Mutex
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

func (b *Broker) Publish(topic, body string) (delivered, dropped int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0, 0
	}
	b.seq++
	msg := Message{topic, body, b.seq}
	for _, ch := range b.subs[topic] {
		select {
		case ch <- msg:
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
	b.closed = true
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

func consume(ctx context.Context, name string, ch <-chan Message, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	var got []string
	for {
		select {
		case m, ok := <-ch:
			if !ok {
				out <- fmt.Sprintf("%s closed after %d: %s", name, len(got), strings.Join(got, ","))
				return
			}
			got = append(got, fmt.Sprintf("%d:%s", m.Seq, m.Body))
		case <-ctx.Done():
			out <- fmt.Sprintf("%s cancelled: %v", name, ctx.Err())
			return
		}
	}
}

func main() {
	b := NewBroker()
	orders := b.Subscribe("orders", 10)
	audit := b.Subscribe("orders", 2)
	alerts := b.Subscribe("alerts", 4)

	for i := 1; i <= 4; i++ {
		d, x := b.Publish("orders", fmt.Sprintf("o%d", i))
		fmt.Printf("orders o%d delivered=%d dropped=%d\n", i, d, x)
	}
	fmt.Println(b.Publish("alerts", "disk full"))
	fmt.Println(b.Publish("nobody", "hello"))

	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 4)
	var wg sync.WaitGroup
	wg.Add(3)
	go consume(ctx, "orders", orders, out, &wg)
	go consume(ctx, "audit", audit, out, &wg)
	go consume(ctx, "alerts", alerts, out, &wg)

	b.Close()
	wg.Wait()
	cancel()

	idle := make(chan Message)
	wg.Add(1)
	go consume(ctx, "idle", idle, out, &wg)
	wg.Wait()
	close(out)

	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(b.Publish("orders", "late"))
}
