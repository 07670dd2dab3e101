// Exercises: observer with channels, sync.WaitGroup, deterministic ordering by collecting per subscriber
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Event struct {
	Topic string
	N     int
}

type Bus struct {
	mu   sync.Mutex
	subs []chan Event
}

func (b *Bus) Subscribe() <-chan Event {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Event, 16)
	b.subs = append(b.subs, ch)
	return ch
}

func (b *Bus) Publish(e Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		ch <- e
	}
}

func (b *Bus) Close() {
	for _, ch := range b.subs {
		close(ch)
	}
}

func main() {
	var bus Bus
	results := make([]string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		ch := bus.Subscribe()
		wg.Add(1)
		go func() {
			defer wg.Done()
			var parts []string
			for e := range ch {
				parts = append(parts, fmt.Sprintf("%s:%d", e.Topic, e.N*(i+1)))
			}
			results[i] = strings.Join(parts, ",")
		}()
	}
	for n, t := range []string{"a", "b", "c"} {
		bus.Publish(Event{t, n})
	}
	bus.Close()
	wg.Wait()
	for i, r := range results {
		fmt.Println(i, r)
	}
}
