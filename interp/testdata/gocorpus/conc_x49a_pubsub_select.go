package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string, buf int) <-chan string {
	ch := make(chan string, buf)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

// Publish delivers without blocking; it returns how many were dropped.
func (b *Broker) Publish(topic, msg string) (dropped int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		select {
		case ch <- msg:
		default:
			dropped++
		}
	}
	return
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

func drain(name string, ch <-chan string, out *sync.Map, wg *sync.WaitGroup) {
	defer wg.Done()
	var got []string
	for m := range ch {
		got = append(got, m)
	}
	out.Store(name, strings.Join(got, ","))
}

func main() {
	b := NewBroker()
	news1 := b.Subscribe("news", 10)
	news2 := b.Subscribe("news", 1)
	sport := b.Subscribe("sport", 5)
	dropped := 0
	for i := 1; i <= 3; i++ {
		dropped += b.Publish("news", fmt.Sprintf("n%d", i))
	}
	dropped += b.Publish("sport", "goal")
	dropped += b.Publish("weather", "rain")
	fmt.Println("dropped:", dropped)

	var results sync.Map
	var wg sync.WaitGroup
	wg.Add(3)
	go drain("news1", news1, &results, &wg)
	go drain("news2", news2, &results, &wg)
	go drain("sport", sport, &results, &wg)
	b.Close()
	wg.Wait()

	var keys []string
	results.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	want := map[string]string{"news1": "n1,n2,n3", "news2": "n1", "sport": "goal"}
	for _, k := range keys {
		v, _ := results.Load(k)
		status := "PASS"
		if v != want[k] {
			status = "FAIL"
		}
		fmt.Printf("%s %s=%v\n", status, k, v)
	}

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case ticks <- i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range ticks {
		sum += v
		if v == 9 {
			close(done)
			break
		}
	}
	fmt.Println("sum:", sum)
}
