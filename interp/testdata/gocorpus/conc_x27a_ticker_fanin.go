package main

import (
	"fmt"
	"strings"
	"sync"
)

type Message struct {
	From string
	Seq  int
}

func speaker(name string, n int, out chan<- Message, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range n {
		out <- Message{name, i}
	}
}

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan string
}

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 8)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = map[string][]chan string{}
	}
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
	}
}

func main() {
	out := make(chan Message)
	var wg sync.WaitGroup
	names := []string{"ann", "bob", "cat"}
	for i, n := range names {
		wg.Add(1)
		go speaker(n, i+2, out, &wg)
	}
	go func() { wg.Wait(); close(out) }()
	perSpeaker := map[string][]int{}
	for m := range out {
		perSpeaker[m.From] = append(perSpeaker[m.From], m.Seq)
	}
	fmt.Println(perSpeaker)

	var b Broker
	s1 := b.Subscribe("news")
	s2 := b.Subscribe("news")
	s3 := b.Subscribe("sport")
	fmt.Println(b.Publish("news", "hello"), b.Publish("sport", "goal"), b.Publish("weather", "rain"))
	b.Publish("news", "bye")
	b.Close()
	collect := func(ch <-chan string) string {
		var parts []string
		for m := range ch {
			parts = append(parts, m)
		}
		return strings.Join(parts, ",")
	}
	results := make([]string, 3)
	var wg2 sync.WaitGroup
	for i, ch := range []<-chan string{s1, s2, s3} {
		wg2.Add(1)
		go func() { defer wg2.Done(); results[i] = collect(ch) }()
	}
	wg2.Wait()
	fmt.Println(results)

	pingc, pongc := make(chan int), make(chan int)
	done := make(chan []string)
	go func() {
		var log []string
		for v := range pingc {
			log = append(log, fmt.Sprint("ping", v))
			pongc <- v + 1
		}
		close(pongc)
		done <- log
	}()
	v := 0
	for range 4 {
		pingc <- v
		v = <-pongc + 1
	}
	close(pingc)
	_, ok := <-pongc
	fmt.Println(<-done, v, ok)
}
