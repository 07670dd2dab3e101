package main

import (
	"fmt"
	"slices"
	"strings"
)

type Listener[E any] struct {
	id       int
	priority int
	once     bool
	fn       func(E) error
}

type Emitter[E any] struct {
	nextID    int
	listeners []Listener[E]
	errs      []error
}

type Subscription func()

func (em *Emitter[E]) On(priority int, fn func(E) error) Subscription {
	return em.add(priority, false, fn)
}

func (em *Emitter[E]) Once(priority int, fn func(E) error) Subscription {
	return em.add(priority, true, fn)
}

func (em *Emitter[E]) add(priority int, once bool, fn func(E) error) Subscription {
	em.nextID++
	id := em.nextID
	em.listeners = append(em.listeners, Listener[E]{id, priority, once, fn})
	slices.SortStableFunc(em.listeners, func(a, b Listener[E]) int { return b.priority - a.priority })
	return func() {
		em.listeners = slices.DeleteFunc(em.listeners, func(l Listener[E]) bool { return l.id == id })
	}
}

func (em *Emitter[E]) Emit(e E) int {
	called := 0
	current := slices.Clone(em.listeners)
	for _, l := range current {
		called++
		if l.once {
			em.listeners = slices.DeleteFunc(em.listeners, func(x Listener[E]) bool { return x.id == l.id })
		}
		if err := l.fn(e); err != nil {
			em.errs = append(em.errs, fmt.Errorf("listener %d: %w", l.id, err))
		}
	}
	return called
}

type LoginEvent struct {
	User string
	OK   bool
}

type PriceChanged struct {
	Symbol   string
	Old, New float64
}

func (p PriceChanged) Delta() float64 { return (p.New - p.Old) / p.Old * 100 }

func main() {
	var logins Emitter[LoginEvent]
	var trail []string
	failures := map[string]int{}

	logins.On(0, func(e LoginEvent) error {
		trail = append(trail, fmt.Sprintf("audit:%s:%t", e.User, e.OK))
		return nil
	})
	logins.On(10, func(e LoginEvent) error {
		if !e.OK {
			failures[e.User]++
			if failures[e.User] >= 2 {
				return fmt.Errorf("%s locked out", e.User)
			}
		}
		return nil
	})
	logins.Once(5, func(e LoginEvent) error {
		trail = append(trail, "first login ever: "+e.User)
		return nil
	})

	for _, e := range []LoginEvent{{"amy", true}, {"bob", false}, {"bob", false}, {"amy", false}} {
		fmt.Print(logins.Emit(e), " ")
	}
	fmt.Println()
	fmt.Println(strings.Join(trail, "\n"))
	fmt.Println(failures, logins.errs)

	var prices Emitter[PriceChanged]
	var alerts []string
	unsub := prices.On(1, func(p PriceChanged) error {
		if d := p.Delta(); d > 5 || d < -5 {
			alerts = append(alerts, fmt.Sprintf("%s %+.1f%%", p.Symbol, d))
		}
		return nil
	})
	prices.Emit(PriceChanged{"GOPH", 100, 108})
	prices.Emit(PriceChanged{"GOPH", 108, 107})
	prices.Emit(PriceChanged{"RUST", 50, 40})
	unsub()
	fmt.Println(prices.Emit(PriceChanged{"GOPH", 107, 200}), alerts)
	fmt.Printf("%T %d\n", prices, len(logins.listeners))
}
