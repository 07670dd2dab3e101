package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Broker[T any] struct {
	mu     sync.RWMutex
	subs   map[string][]chan T
	closed bool
}

func NewBroker[T any]() *Broker[T] {
	return &Broker[T]{subs: make(map[string][]chan T)}
}

func (b *Broker[T]) Subscribe(topic string, buf int) <-chan T {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan T, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker[T]) Publish(topic string, msg T) (delivered, dropped int) {
	b.mu.RLock()
	defer b.mu.RUnlock()
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

func (b *Broker[T]) Close() {
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

type Event struct {
	Kind string
	N    int
}

func main() {
	b := NewBroker[Event]()
	orders1 := b.Subscribe("orders", 10)
	orders2 := b.Subscribe("orders", 2)
	alerts := b.Subscribe("alerts", 5)

	var wg sync.WaitGroup
	out := make([][]string, 3)
	for i, ch := range []<-chan Event{orders1, orders2, alerts} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ev := range ch {
				out[i] = append(out[i], fmt.Sprintf("%s#%d", ev.Kind, ev.N))
			}
		}()
	}

	// Publish before consumers can drain: the slow subscriber's buffer holds 2.
	var stats []string
	for n := range 4 {
		d, x := b.Publish("orders", Event{"order", n})
		stats = append(stats, fmt.Sprintf("%d/%d", d, x))
	}
	b.Publish("alerts", Event{"cpu", 90})
	d, x := b.Publish("nobody", Event{"lost", 0})
	b.Close()
	b.Close()
	wg.Wait()

	fmt.Println("nobody:", d, x)
	fmt.Println("orders1:", strings.Join(out[0], " "))
	fmt.Println("orders2 got", len(out[1]) >= 2, "alerts:", out[2])
	fmt.Println("stats plausible:", slices.Contains(stats, "2/0") || slices.Contains(stats, "1/1"))

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 1; ; i++ {
			select {
			case <-done:
				return
			case results <- i * i:
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v >= 100 {
			close(done)
			break
		}
	}
	fmt.Println("sum of squares up to 100:", sum)
}
