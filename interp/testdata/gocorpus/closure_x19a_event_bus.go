package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(topic string, payload any) error

type subscription struct {
	id       int
	pattern  string
	handler  Handler
	once     bool
	priority int
}

type Bus struct {
	subs   []*subscription
	nextID int
	errors []string
}

func match(pattern, topic string) bool {
	if strings.HasSuffix(pattern, ".*") {
		return strings.HasPrefix(topic, strings.TrimSuffix(pattern, "*"))
	}
	return pattern == topic || pattern == "*"
}

func (b *Bus) Subscribe(pattern string, prio int, h Handler) (unsubscribe func()) {
	b.nextID++
	s := &subscription{id: b.nextID, pattern: pattern, handler: h, priority: prio}
	b.subs = append(b.subs, s)
	return func() {
		for i, x := range b.subs {
			if x == s {
				b.subs = append(b.subs[:i], b.subs[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Once(pattern string, h Handler) {
	b.Subscribe(pattern, 0, h)
	b.subs[len(b.subs)-1].once = true
}

func (b *Bus) Publish(topic string, payload any) int {
	var targets []*subscription
	for _, s := range b.subs {
		if match(s.pattern, topic) {
			targets = append(targets, s)
		}
	}
	sort.SliceStable(targets, func(i, j int) bool { return targets[i].priority > targets[j].priority })
	for _, s := range targets {
		if err := s.handler(topic, payload); err != nil {
			b.errors = append(b.errors, fmt.Sprintf("sub#%d on %s: %v", s.id, topic, err))
		}
		if s.once {
			for i, x := range b.subs {
				if x == s {
					b.subs = append(b.subs[:i], b.subs[i+1:]...)
					break
				}
			}
		}
	}
	return len(targets)
}

func main() {
	bus := &Bus{}
	var log []string
	logger := func(name string) Handler {
		return func(topic string, p any) error {
			log = append(log, fmt.Sprintf("%s<-%s:%v", name, topic, p))
			return nil
		}
	}
	totals := map[string]int{}
	bus.Subscribe("order.*", 1, logger("audit"))
	unsub := bus.Subscribe("order.created", 5, func(t string, p any) error {
		n, ok := p.(int)
		if !ok {
			return fmt.Errorf("want int, got %T", p)
		}
		totals[t] += n
		return nil
	})
	bus.Once("*", logger("first-any"))
	bus.Subscribe("user.signup", 0, logger("welcome"))

	fmt.Println(bus.Publish("order.created", 30))
	fmt.Println(bus.Publish("order.created", "oops"))
	fmt.Println(bus.Publish("user.signup", map[string]string{"name": "ann"}))
	unsub()
	unsub()
	fmt.Println(bus.Publish("order.created", 12), bus.Publish("order.shipped", 1), bus.Publish("none", nil))
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println(totals, bus.errors, len(bus.subs))
}
