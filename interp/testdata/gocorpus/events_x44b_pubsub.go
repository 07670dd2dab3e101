package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string `json:"topic"`
	Body  string `json:"body"`
	Seq   int    `json:"seq"`
}

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan Message
	seq  int
}

func NewBroker() *Broker { return &Broker{subs: make(map[string][]chan Message)} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	ch := make(chan Message, buf)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(topic, body string) (delivered, dropped int) {
	b.mu.Lock()
	b.seq++
	msg := Message{Topic: topic, Body: body, Seq: b.seq}
	b.mu.Unlock()
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

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, chans := range b.subs {
		for _, ch := range chans {
			close(ch)
		}
		delete(b.subs, t)
	}
}

func (b *Broker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var m Message
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil || m.Topic == "" {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	d, x := b.Publish(m.Topic, m.Body)
	json.NewEncoder(w).Encode(map[string]int{"delivered": d, "dropped": x})
}

func main() {
	b := NewBroker()
	orders1 := b.Subscribe("orders", 10)
	orders2 := b.Subscribe("orders", 1)
	audit := b.Subscribe("audit", 10)

	var mu sync.Mutex
	received := map[string][]string{}
	var wg sync.WaitGroup
	consume := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			received[name] = append(received[name], fmt.Sprintf("%d:%s", m.Seq, m.Body))
			mu.Unlock()
		}
	}

	posts := []string{
		`{"topic":"orders","body":"order #1"}`,
		`{"topic":"orders","body":"order #2"}`,
		`{"topic":"audit","body":"login"}`,
		`{"topic":"orders","body":"order #3"}`,
		`{"topic":"nobody","body":"lost"}`,
		`{"body":"no topic"}`,
	}
	for _, p := range posts {
		rec := httptest.NewRecorder()
		b.ServeHTTP(rec, httptest.NewRequest("POST", "/publish", strings.NewReader(p)))
		fmt.Printf("%-40s %d %s", p, rec.Code, rec.Body.String())
	}

	wg.Add(3)
	go consume("orders1", orders1)
	go consume("orders2", orders2)
	go consume("audit", audit)
	b.Close()
	wg.Wait()

	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, received[n])
	}
	_, ok := <-orders1
	fmt.Println("closed:", !ok, "topics left:", len(b.subs))
}
