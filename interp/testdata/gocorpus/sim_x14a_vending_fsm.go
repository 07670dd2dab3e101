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

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind  string
	Coins int
	Item  string
}

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
}

func (m *Machine) Handle(e Event) (err error) {
	from := m.state
	defer func() {
		m.history = append(m.history, fmt.Sprintf("%v --%s--> %v", from, e.Kind, m.state))
	}()
	switch {
	case e.Kind == "coin" && (m.state == Idle || m.state == HasMoney):
		m.credit += e.Coins
		m.state = HasMoney
	case e.Kind == "select" && m.state == HasMoney:
		price, ok := m.prices[e.Item]
		switch {
		case !ok:
			return fmt.Errorf("unknown item %q", e.Item)
		case m.stock[e.Item] == 0:
			return fmt.Errorf("%s sold out", e.Item)
		case m.credit < price:
			return fmt.Errorf("need %d more for %s", price-m.credit, e.Item)
		}
		m.stock[e.Item]--
		m.credit -= price
		m.state = Dispensing
	case e.Kind == "take" && m.state == Dispensing:
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
	case e.Kind == "refund" && m.state == HasMoney:
		fmt.Println("  refunding", m.credit)
		m.credit = 0
		m.state = Idle
	default:
		return fmt.Errorf("%s in %v: %w", e.Kind, m.state, ErrInvalid)
	}
	return nil
}

func main() {
	m := &Machine{stock: map[string]int{"cola": 1, "chips": 1}, prices: map[string]int{"cola": 150, "chips": 100}}
	events := []Event{{Kind: "select", Item: "cola"}, {Kind: "coin", Coins: 100}, {Kind: "select", Item: "cola"},
		{Kind: "coin", Coins: 100}, {Kind: "select", Item: "gum"}, {Kind: "select", Item: "cola"}, {Kind: "coin", Coins: 5},
		{Kind: "take"}, {Kind: "select", Item: "cola"}, {Kind: "coin", Coins: 100}, {Kind: "select", Item: "chips"},
		{Kind: "take"}, {Kind: "coin", Coins: 25}, {Kind: "refund"}}
	for i, e := range events {
		if err := m.Handle(e); err != nil {
			fmt.Printf("%2d %-6s error: %v (invalid=%t)\n", i, e.Kind, err, errors.Is(err, ErrInvalid))
		}
	}
	for _, h := range m.history {
		fmt.Println(h)
	}
	fmt.Println(m.state, m.credit, m.stock, State(9))
}
