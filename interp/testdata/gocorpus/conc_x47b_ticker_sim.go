package main

import (
	"fmt"
	"sync"
)

type Msg struct {
	From string
	Seq  int
}

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan Msg
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Msg{}} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Msg {
	ch := make(chan Msg, buf)
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic string, m Msg) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, ch := range b.subs[topic] {
		select {
		case ch <- m:
			n++
		default:
		}
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	fast := b.Subscribe("news", 10)
	slow := b.Subscribe("news", 2)
	other := b.Subscribe("sports", 10)
	for i := 1; i <= 4; i++ {
		fmt.Println("delivered", b.Publish("news", Msg{"wire", i}))
	}
	fmt.Println("delivered", b.Publish("sports", Msg{"espn", 1}))
	fmt.Println("delivered", b.Publish("weather", Msg{"noaa", 1}))
	b.Close()
	var wg sync.WaitGroup
	out := make([][]string, 3)
	for i, ch := range []<-chan Msg{fast, slow, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				out[i] = append(out[i], fmt.Sprintf("%s#%d", m.From, m.Seq))
			}
		}()
	}
	wg.Wait()
	for i, o := range out {
		fmt.Println(i, o)
	}
	done := make(chan struct{})
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(done)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Print(<-pong, " ")
	}
	close(ping)
	<-done
	fmt.Println("done")
}
