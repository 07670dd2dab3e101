package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfService
)

var stateNames = [...]string{"Idle", "HasMoney", "Dispensing", "OutOfService"}

func (s State) String() string { return stateNames[s] }

type Event struct {
	Kind string
	Arg  int
	Item string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	bank    int
	history []string
}

var ErrBadEvent = errors.New("event not allowed")

func (m *Machine) transition(to State) {
	m.history = append(m.history, fmt.Sprintf("%v->%v", m.state, to))
	m.state = to
}

func (m *Machine) Handle(e Event) (string, error) {
	switch m.state {
	case Idle, HasMoney:
		switch e.Kind {
		case "coin":
			m.credit += e.Arg
			if m.state == Idle {
				m.transition(HasMoney)
			}
			return fmt.Sprintf("credit %d", m.credit), nil
		case "select":
			if m.state == Idle {
				return "", fmt.Errorf("select in %v: %w", m.state, ErrBadEvent)
			}
			p, ok := m.prices[e.Item]
			if !ok || m.stock[e.Item] == 0 {
				return "sold out: " + e.Item, nil
			}
			if m.credit < p {
				return fmt.Sprintf("need %d more", p-m.credit), nil
			}
			m.transition(Dispensing)
			m.stock[e.Item]--
			m.bank += p
			change := m.credit - p
			m.credit = 0
			m.transition(Idle)
			if m.stock[e.Item] == 0 && m.empty() {
				m.transition(OutOfService)
			}
			return fmt.Sprintf("dispense %s change %d", e.Item, change), nil
		case "refund":
			c := m.credit
			m.credit = 0
			if m.state == HasMoney {
				m.transition(Idle)
			}
			return fmt.Sprintf("refund %d", c), nil
		}
	case OutOfService:
		if e.Kind == "restock" {
			m.stock[e.Item] += e.Arg
			m.transition(Idle)
			return "restocked " + e.Item, nil
		}
	}
	return "", fmt.Errorf("%s in %v: %w", e.Kind, m.state, ErrBadEvent)
}

func (m *Machine) empty() bool {
	for _, n := range m.stock {
		if n > 0 {
			return false
		}
	}
	return true
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 1},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	events := []Event{
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Arg: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Arg: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Arg: 25},
		{Kind: "select", Item: "cola"},
		{Kind: "refund"},
		{Kind: "coin", Arg: 200},
		{Kind: "select", Item: "chips"},
		{Kind: "coin", Arg: 5},
		{Kind: "restock", Item: "cola", Arg: 3},
		{Kind: "refund"},
	}
	for i, e := range events {
		out, err := m.Handle(e)
		if err != nil {
			fmt.Printf("%2d %-8s ! %v (bad=%t)\n", i, e.Kind, err, errors.Is(err, ErrBadEvent))
			continue
		}
		fmt.Printf("%2d %-8s %s [%v]\n", i, e.Kind, out, m.state)
	}
	fmt.Println(strings.Join(m.history, " "))
	fmt.Println("bank:", m.bank, "stock:", m.stock)
}
