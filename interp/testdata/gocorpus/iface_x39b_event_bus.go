package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event interface {
	Topic() string
}

type UserCreated struct {
	ID    int
	Email string
}

type OrderPlaced struct {
	OrderID string
	Amount  float64
}

func (UserCreated) Topic() string { return "user.created" }
func (OrderPlaced) Topic() string { return "order.placed" }

type Handler func(Event) error

type Bus struct {
	mu       sync.RWMutex
	handlers map[string][]Handler
	nextID   int
}

func NewBus() *Bus { return &Bus{handlers: make(map[string][]Handler)} }

func (b *Bus) Subscribe(topic string, h Handler) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.handlers[topic] = append(b.handlers[topic], h)
}

func Subscribe[E Event](b *Bus, fn func(E) error) {
	var zero E
	b.Subscribe(zero.Topic(), func(e Event) error {
		typed, ok := e.(E)
		if !ok {
			return fmt.Errorf("bad event type %T", e)
		}
		return fn(typed)
	})
}

func (b *Bus) Publish(e Event) []error {
	b.mu.RLock()
	hs := b.handlers[e.Topic()]
	b.mu.RUnlock()
	var errs []error
	for i, h := range hs {
		if err := h(e); err != nil {
			errs = append(errs, fmt.Errorf("handler %d on %s: %w", i, e.Topic(), err))
		}
	}
	return errs
}

func (b *Bus) Topics() []string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	ts := make([]string, 0, len(b.handlers))
	for t, hs := range b.handlers {
		ts = append(ts, fmt.Sprintf("%s(%d)", t, len(hs)))
	}
	sort.Strings(ts)
	return ts
}

type Mailer struct {
	sent []string
}

func (m *Mailer) OnUser(u UserCreated) error {
	if !strings.Contains(u.Email, "@") {
		return fmt.Errorf("invalid email %q", u.Email)
	}
	m.sent = append(m.sent, "welcome "+u.Email)
	return nil
}

func main() {
	bus := NewBus()
	m := &Mailer{}
	Subscribe(bus, m.OnUser)
	revenue := 0.0
	Subscribe(bus, func(o OrderPlaced) error {
		revenue += o.Amount
		return nil
	})
	Subscribe(bus, func(o OrderPlaced) error {
		if o.Amount > 100 {
			return fmt.Errorf("order %s needs review", o.OrderID)
		}
		return nil
	})
	var audit []string
	for _, t := range []string{"user.created", "order.placed"} {
		bus.Subscribe(t, func(e Event) error {
			audit = append(audit, fmt.Sprintf("%T%+v", e, e))
			return nil
		})
	}
	events := []Event{
		UserCreated{1, "a@example.com"},
		OrderPlaced{"o-1", 42.5},
		UserCreated{2, "broken"},
		OrderPlaced{"o-2", 250},
	}
	for _, e := range events {
		for _, err := range bus.Publish(e) {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(m.sent, revenue)
	fmt.Println(strings.Join(audit, "\n"))
	fmt.Println(bus.Topics())
}
