package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broadcaster[T any] struct {
	mu     sync.Mutex
	subs   map[int]chan T
	nextID int
	closed bool
}

func (b *Broadcaster[T]) Subscribe(buf int) (int, <-chan T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = make(map[int]chan T)
	}
	ch := make(chan T, buf)
	b.nextID++
	b.subs[b.nextID] = ch
	return b.nextID, ch
}

func (b *Broadcaster[T]) Unsubscribe(id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ch, ok := b.subs[id]; ok {
		close(ch)
		delete(b.subs, id)
	}
}

func (b *Broadcaster[T]) Send(v T) (dropped int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs {
		select {
		case ch <- v:
		default:
			dropped++
		}
	}
	return
}

func (b *Broadcaster[T]) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for id, ch := range b.subs {
		close(ch)
		delete(b.subs, id)
	}
	b.closed = true
}

func main() {
	var b Broadcaster[string]
	_, fast := b.Subscribe(10)
	slowID, slow := b.Subscribe(1)
	id3, third := b.Subscribe(10)

	total := 0
	for _, msg := range []string{"alpha", "beta", "gamma"} {
		total += b.Send(msg)
	}
	fmt.Println("dropped", total)
	b.Unsubscribe(id3)
	b.Send("delta")
	b.Close()

	var mu sync.Mutex
	got := map[string][]string{}
	var wg sync.WaitGroup
	read := func(name string, ch <-chan string) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			got[name] = append(got[name], m)
			mu.Unlock()
		}
	}
	wg.Add(3)
	go read("fast", fast)
	go read("slow", slow)
	go read("third", third)
	wg.Wait()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, got[n])
	}
	fmt.Println(slowID, b.closed, len(b.subs))
}
