package main

import (
	"fmt"
	"strings"
	"sync"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (dropped T, ok bool) {
	if r.size == len(r.buf) {
		dropped, ok = r.buf[r.head], true
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	for i := range r.size {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
	wg   sync.WaitGroup
}

func (b *Broker) Subscribe(topic string, name string, out *[]string, mu *sync.Mutex) {
	ch := make(chan string, 4)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		var got []string
		for m := range ch {
			got = append(got, m)
		}
		mu.Lock()
		*out = append(*out, fmt.Sprintf("%s<%s>: %s", name, topic, strings.Join(got, ",")))
		mu.Unlock()
	}()
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
	b.mu.Unlock()
	b.wg.Wait()
}

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 7; i++ {
		if d, ok := r.Push(i * i); ok {
			fmt.Print("drop ", d, "; ")
		}
	}
	fmt.Println(r.Items())
	rs := NewRing[string](2)
	rs.Push("a")
	fmt.Println(rs.Items(), len(rs.Items()))

	b := &Broker{subs: map[string][]chan string{}}
	var out []string
	var mu sync.Mutex
	b.Subscribe("news", "alice", &out, &mu)
	b.Subscribe("news", "bob", &out, &mu)
	b.Subscribe("sport", "bob", &out, &mu)
	for i, m := range []string{"news:rain", "sport:goal", "news:sun", "tech:ai", "sport:win"} {
		topic, msg, _ := strings.Cut(m, ":")
		n := b.Publish(topic, fmt.Sprintf("%d.%s", i, msg))
		fmt.Printf("%s -> %d\n", m, n)
	}
	b.Close()
	mu.Lock()
	defer mu.Unlock()
	sortStrings(out)
	fmt.Println(strings.Join(out, "\n"))
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
