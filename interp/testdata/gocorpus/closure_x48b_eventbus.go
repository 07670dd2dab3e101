package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler[E any] func(E) error

type Bus[E any] struct {
	subs   map[string][]Handler[E]
	nextID int
	ids    map[int]string
}

func NewBus[E any]() *Bus[E] {
	return &Bus[E]{subs: map[string][]Handler[E]{}, ids: map[int]string{}}
}

func (b *Bus[E]) Subscribe(topic string, h Handler[E]) (unsubscribe func()) {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	b.nextID++
	b.ids[b.nextID] = topic
	return func() {
		hs := b.subs[topic]
		hs[idx] = nil
	}
}

func (b *Bus[E]) Publish(topic string, e E) (delivered int, errs []string) {
	for _, h := range b.subs[topic] {
		if h == nil {
			continue
		}
		if err := h(e); err != nil {
			errs = append(errs, err.Error())
			continue
		}
		delivered++
	}
	return
}

type OrderEvent struct {
	ID     string
	Amount float64
}

func main() {
	bus := NewBus[OrderEvent]()
	var ledger []string
	total := 0.0
	bus.Subscribe("created", func(e OrderEvent) error {
		ledger = append(ledger, "log:"+e.ID)
		return nil
	})
	unsub := bus.Subscribe("created", func(e OrderEvent) error {
		total += e.Amount
		return nil
	})
	bus.Subscribe("created", func(e OrderEvent) error {
		if e.Amount > 100 {
			return fmt.Errorf("order %s: amount %.2f needs review", e.ID, e.Amount)
		}
		return nil
	})
	for i, amt := range []float64{20, 150, 75.5} {
		d, errs := bus.Publish("created", OrderEvent{fmt.Sprintf("o%d", i+1), amt})
		fmt.Println(d, errs)
	}
	unsub()
	d, _ := bus.Publish("created", OrderEvent{"o4", 1000})
	fmt.Println("after unsub", d, total)
	d, errs := bus.Publish("shipped", OrderEvent{"o1", 0})
	fmt.Println(d, errs == nil)
	fmt.Println(strings.Join(ledger, ","))

	strBus := NewBus[string]()
	counts := map[string]int{}
	for _, t := range []string{"a", "b", "a"} {
		strBus.Subscribe(t, func(s string) error { counts[t+":"+s]++; return nil })
	}
	strBus.Publish("a", "x")
	strBus.Publish("b", "y")
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println(len(strBus.ids))
}
