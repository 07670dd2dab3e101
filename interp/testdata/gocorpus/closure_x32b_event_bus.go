package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(topic string, payload any)

type Bus struct {
	nextID int
	subs   map[string]map[int]Handler
	log    []string
}

func NewBus() *Bus { return &Bus{subs: map[string]map[int]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) (unsubscribe func()) {
	b.nextID++
	id := b.nextID
	if b.subs[topic] == nil {
		b.subs[topic] = map[int]Handler{}
	}
	b.subs[topic][id] = h
	return func() {
		delete(b.subs[topic], id)
		b.log = append(b.log, fmt.Sprintf("unsub %s#%d", topic, id))
	}
}

func (b *Bus) Publish(topic string, payload any) int {
	delivered := 0
	for pattern, hs := range b.subs {
		if !match(pattern, topic) {
			continue
		}
		ids := make([]int, 0, len(hs))
		for id := range hs {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		for _, id := range ids {
			hs[id](topic, payload)
			delivered++
		}
	}
	return delivered
}

func match(pattern, topic string) bool {
	if p, ok := strings.CutSuffix(pattern, ".*"); ok {
		return strings.HasPrefix(topic, p+".")
	}
	return pattern == topic
}

func Once(h Handler) Handler {
	done := false
	return func(t string, p any) {
		if done {
			return
		}
		done = true
		h(t, p)
	}
}

func main() {
	bus := NewBus()
	var got []string
	record := func(prefix string) Handler {
		return func(t string, p any) {
			got = append(got, fmt.Sprintf("%s<%s:%v>", prefix, t, p))
		}
	}
	totals := map[string]float64{}
	unsubA := bus.Subscribe("order.created", record("A"))
	bus.Subscribe("order.created", func(t string, p any) {
		if amt, ok := p.(float64); ok {
			totals[t] += amt
		}
	})
	bus.Subscribe("user.*", Once(record("once")))
	bus.Subscribe("user.*", record("U"))

	fmt.Println(bus.Publish("order.created", 19.99))
	fmt.Println(bus.Publish("order.created", 5.01))
	unsubA()
	unsubA()
	fmt.Println(bus.Publish("order.created", "not a number"))
	fmt.Println(bus.Publish("user.login", map[string]int{"id": 7}))
	fmt.Println(bus.Publish("user.logout", []string{"x"}))
	fmt.Println(bus.Publish("user", nil))
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}
	fmt.Printf("%.2f %v\n", totals["order.created"], bus.log)

	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())

	var cleanups []func()
	for _, name := range []string{"db", "cache", "queue"} {
		cleanups = append(cleanups, func() { fmt.Print("close ", name, "; ") })
	}
	for i := len(cleanups) - 1; i >= 0; i-- {
		defer cleanups[i]()
	}
	fmt.Println("main done")
}
