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
}

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan Message
	wg   sync.WaitGroup
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string, name string, out *[]string, outMu *sync.Mutex) {
	ch := make(chan Message, 8)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		var got []string
		for m := range ch {
			got = append(got, strings.ToUpper(m.Body))
		}
		outMu.Lock()
		*out = append(*out, fmt.Sprintf("%s<%s>%v", name, topic, got))
		outMu.Unlock()
	}()
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[m.Topic] {
		ch <- m
	}
	return len(b.subs[m.Topic])
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
	b := NewBroker()
	var out []string
	var mu sync.Mutex
	b.Subscribe("news", "s1", &out, &mu)
	b.Subscribe("news", "s2", &out, &mu)
	b.Subscribe("sport", "s3", &out, &mu)
	delivered := 0
	for _, m := range []Message{{"news", "rain"}, {"sport", "goal"}, {"news", "sun"}, {"weather", "fog"}} {
		delivered += b.Publish(m)
	}
	b.Close()
	sort.Strings(out)
	fmt.Println(delivered)
	for _, o := range out {
		fmt.Println(o)
	}

	ticks := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			ticks <- i
		}
		close(quit)
	}()
	for {
		select {
		case t := <-ticks:
			fmt.Println("tick", t)
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("would block")
	}
}
