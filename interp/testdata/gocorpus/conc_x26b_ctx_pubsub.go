package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Message struct {
	Topic string
	Seq   int
	Body  string
}

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan Message
	seq  int
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	ch := make(chan Message, buf)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(topic, body string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	n := 0
	for _, ch := range b.subs[topic] {
		select {
		case ch <- Message{topic, b.seq, body}:
			n++
		default:
		}
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
	b.subs = nil
}

func consume(ctx context.Context, name string, ch <-chan Message, out chan<- string) error {
	count := 0
	for {
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s stopped after %d: %w", name, count, context.Cause(ctx))
		case m, ok := <-ch:
			if !ok {
				out <- fmt.Sprintf("%s: closed after %d", name, count)
				return nil
			}
			count++
			out <- fmt.Sprintf("%s got #%d %s/%s", name, m.Seq, m.Topic, m.Body)
		}
	}
}

func main() {
	b := NewBroker()
	news := b.Subscribe("news", 10)
	news2 := b.Subscribe("news", 1)
	sport := b.Subscribe("sport", 10)
	delivered := []int{b.Publish("news", "hello"), b.Publish("sport", "goal"), b.Publish("news", "again"), b.Publish("weather", "rain")}
	fmt.Println("delivered:", delivered)
	b.Close()

	out := make(chan string, 100)
	var wg sync.WaitGroup
	errs := make([]error, 3)
	ctx := context.Background()
	for i, s := range []struct {
		name string
		ch   <-chan Message
	}{{"A", news}, {"B", news2}, {"C", sport}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = consume(ctx, s.name, s.ch, out)
		}()
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println(errors.Join(errs...) == nil)

	cctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("shutdown requested"))
	err := consume(cctx, "D", make(chan Message), make(chan string, 1))
	fmt.Println(err, errors.Is(err, context.Canceled))
}
