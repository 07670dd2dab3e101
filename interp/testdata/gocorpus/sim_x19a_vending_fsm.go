package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	HasCoins
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasCoins:
		return "HasCoins"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind   string
	Amount int
}

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	balance int
	stock   map[string]int
	price   map[string]int
	history []string
}

type transition func(m *Machine, e Event) (State, error)

var table = map[State]map[string]transition{
	Idle: {
		"coin": func(m *Machine, e Event) (State, error) { m.balance += e.Amount; return HasCoins, nil },
	},
	HasCoins: {
		"coin":   func(m *Machine, e Event) (State, error) { m.balance += e.Amount; return HasCoins, nil },
		"refund": func(m *Machine, e Event) (State, error) { m.balance = 0; return Idle, nil },
		"select": func(m *Machine, e Event) (State, error) {
			item := fmt.Sprint(e.Amount)
			if m.stock[item] == 0 {
				return HasCoins, fmt.Errorf("item %s: %w", item, ErrInvalid)
			}
			if m.balance < m.price[item] {
				return HasCoins, fmt.Errorf("need %d more", m.price[item]-m.balance)
			}
			m.balance -= m.price[item]
			m.stock[item]--
			return Dispensing, nil
		},
	},
	Dispensing: {
		"take": func(m *Machine, e Event) (State, error) {
			total := 0
			for _, n := range m.stock {
				total += n
			}
			if total == 0 {
				return OutOfStock, nil
			}
			if m.balance > 0 {
				return HasCoins, nil
			}
			return Idle, nil
		},
	},
}

func (m *Machine) Fire(e Event) error {
	t, ok := table[m.state][e.Kind]
	if !ok {
		return fmt.Errorf("%v on %q: %w", m.state, e.Kind, ErrInvalid)
	}
	next, err := t(m, e)
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", m.state, e.Kind, next))
	m.state = next
	return err
}

func main() {
	m := &Machine{stock: map[string]int{"1": 1, "2": 1}, price: map[string]int{"1": 50, "2": 75}}
	events := []Event{{"select", 1}, {"coin", 25}, {"select", 1}, {"coin", 50}, {"select", 1},
		{"take", 0}, {"select", 1}, {"select", 2}, {"coin", 100}, {"select", 2}, {"take", 0}, {"coin", 5}}
	for _, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Printf("%-8s err: %v (invalid=%t)\n", e.Kind, err, errors.Is(err, ErrInvalid))
		}
	}
	fmt.Println("final:", m.state, "balance:", m.balance, "stock:", m.stock)
	for i, h := range m.history {
		fmt.Println(i, h)
	}
}
