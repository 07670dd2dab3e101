package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfStock
)

var stateNames = map[State]string{Idle: "Idle", HasMoney: "HasMoney", Dispensing: "Dispensing", OutOfStock: "OutOfStock"}

func (s State) String() string { return stateNames[s] }

type Event struct {
	Name   string
	Amount int
	Item   string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
}

var ErrInvalid = errors.New("invalid transition")

func (m *Machine) Handle(e Event) (err error) {
	prev := m.state
	defer func() {
		m.history = append(m.history, fmt.Sprintf("%v -%s-> %v", prev, e.Name, m.state))
	}()
	switch m.state {
	case Idle, HasMoney:
		switch e.Name {
		case "coin":
			m.credit += e.Amount
			m.state = HasMoney
		case "select":
			price, ok := m.prices[e.Item]
			if !ok {
				return fmt.Errorf("select %q: no such item", e.Item)
			}
			if m.stock[e.Item] == 0 {
				return fmt.Errorf("select %q: %w", e.Item, ErrInvalid)
			}
			if m.credit < price {
				return fmt.Errorf("need %d more cents", price-m.credit)
			}
			m.credit -= price
			m.stock[e.Item]--
			m.state = Dispensing
		case "refund":
			fmt.Printf("  refund %d\n", m.credit)
			m.credit = 0
			m.state = Idle
		default:
			return fmt.Errorf("%v on %s: %w", m.state, e.Name, ErrInvalid)
		}
	case Dispensing:
		if e.Name != "take" {
			return fmt.Errorf("%v on %s: %w", m.state, e.Name, ErrInvalid)
		}
		m.state = Idle
		if m.credit > 0 {
			m.state = HasMoney
		}
		total := 0
		for _, n := range m.stock {
			total += n
		}
		if total == 0 {
			m.state = OutOfStock
		}
	case OutOfStock:
		return ErrInvalid
	}
	return nil
}

func main() {
	m := &Machine{stock: map[string]int{"cola": 1, "chips": 1}, prices: map[string]int{"cola": 125, "chips": 75}}
	events := []Event{
		{Name: "select", Item: "cola"},
		{Name: "coin", Amount: 100},
		{Name: "select", Item: "cola"},
		{Name: "coin", Amount: 100},
		{Name: "select", Item: "tea"},
		{Name: "select", Item: "cola"},
		{Name: "coin", Amount: 5},
		{Name: "take"},
		{Name: "select", Item: "cola"},
		{Name: "select", Item: "chips"},
		{Name: "take"},
		{Name: "coin", Amount: 25},
	}
	for _, e := range events {
		if err := m.Handle(e); err != nil {
			fmt.Printf("%-8s error: %v (invalid=%t)\n", e.Name, err, errors.Is(err, ErrInvalid))
		}
	}
	for i, h := range m.history {
		fmt.Println(i, h)
	}
	fmt.Println("final:", m.state, m.credit, m.stock)
}
