package main

import (
	"errors"
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfService
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfService:
		return "OutOfService"
	}
	return "?"
}

type Event struct {
	Kind  string
	Coins int
	Item  string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	revenue int
	log     []string
}

var ErrBadEvent = errors.New("event not allowed")

func (m *Machine) Handle(e Event) error {
	prev := m.state
	switch m.state {
	case Idle, HasMoney:
		switch e.Kind {
		case "coin":
			m.credit += e.Coins
			m.state = HasMoney
		case "select":
			price, ok := m.prices[e.Item]
			if !ok || m.stock[e.Item] == 0 {
				return fmt.Errorf("%s unavailable", e.Item)
			}
			if m.credit < price {
				return fmt.Errorf("need %d more for %s", price-m.credit, e.Item)
			}
			m.state = Dispensing
			m.stock[e.Item]--
			m.credit -= price
			m.revenue += price
			m.log = append(m.log, "sold "+e.Item)
			m.state = HasMoney
			if m.credit == 0 {
				m.state = Idle
			}
		case "refund":
			m.log = append(m.log, fmt.Sprintf("refunded %d", m.credit))
			m.credit = 0
			m.state = Idle
		case "break":
			m.state = OutOfService
		default:
			return fmt.Errorf("%q in state %v: %w", e.Kind, m.state, ErrBadEvent)
		}
	case OutOfService:
		if e.Kind != "repair" {
			return fmt.Errorf("%q in state %v: %w", e.Kind, m.state, ErrBadEvent)
		}
		m.state = Idle
	}
	if prev != m.state {
		fmt.Printf("    %v -> %v\n", prev, m.state)
	}
	return nil
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1, "candy": 0},
		prices: map[string]int{"cola": 150, "chips": 100, "candy": 75},
	}
	events := []Event{
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "select", Item: "candy"},
		{Kind: "refund"},
		{Kind: "coin", Coins: 200},
		{Kind: "select", Item: "chips"},
		{Kind: "select", Item: "chips"},
		{Kind: "break"},
		{Kind: "coin", Coins: 5},
		{Kind: "repair"},
		{Kind: "dance"},
	}
	for i, e := range events {
		fmt.Printf("%2d %-7s %-6s credit=%d\n", i, e.Kind, e.Item, m.credit)
		if err := m.Handle(e); err != nil {
			fmt.Println("    error:", err, errors.Is(err, ErrBadEvent))
		}
	}
	fmt.Println("final:", m.state, "credit", m.credit, "revenue", m.revenue)
	fmt.Println("log:", m.log)
	items := make([]string, 0)
	for k := range m.stock {
		items = append(items, k)
	}
	sort.Strings(items)
	for _, k := range items {
		fmt.Printf("%s:%d ", k, m.stock[k])
	}
	fmt.Println()
}
