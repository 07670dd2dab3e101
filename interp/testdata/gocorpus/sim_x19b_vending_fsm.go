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

var stateNames = [...]string{"Idle", "HasMoney", "Dispensing", "OutOfStock"}

func (s State) String() string { return stateNames[s] }

type Event struct {
	Kind  string
	Coins int
}

type Machine struct {
	state   State
	credit  int
	stock   int
	price   int
	log     []string
	handler map[State]func(*Machine, Event) (State, error)
}

var ErrBadEvent = errors.New("event not allowed")

func NewMachine(stock, price int) *Machine {
	m := &Machine{stock: stock, price: price}
	m.handler = map[State]func(*Machine, Event) (State, error){
		Idle: func(m *Machine, e Event) (State, error) {
			if e.Kind != "coin" {
				return Idle, fmt.Errorf("%w: %s in %v", ErrBadEvent, e.Kind, m.state)
			}
			m.credit += e.Coins
			return HasMoney, nil
		},
		HasMoney: func(m *Machine, e Event) (State, error) {
			switch e.Kind {
			case "coin":
				m.credit += e.Coins
				return HasMoney, nil
			case "refund":
				m.log = append(m.log, fmt.Sprintf("refund %d", m.credit))
				m.credit = 0
				return Idle, nil
			case "select":
				if m.credit < m.price {
					return HasMoney, fmt.Errorf("need %d more", m.price-m.credit)
				}
				return Dispensing, nil
			}
			return m.state, ErrBadEvent
		},
	}
	return m
}

func (m *Machine) Handle(e Event) {
	h, ok := m.handler[m.state]
	if !ok {
		m.log = append(m.log, fmt.Sprintf("ignored %s in %v", e.Kind, m.state))
		return
	}
	next, err := h(m, e)
	if err != nil {
		m.log = append(m.log, "error: "+err.Error())
	}
	m.state = next
	if m.state == Dispensing {
		m.stock--
		m.credit -= m.price
		m.log = append(m.log, fmt.Sprintf("dispensed, change %d", m.credit))
		m.credit = 0
		m.state = Idle
		if m.stock == 0 {
			m.state = OutOfStock
		}
	}
}

func main() {
	m := NewMachine(2, 75)
	events := []Event{
		{"select", 0}, {"coin", 50}, {"select", 0}, {"coin", 50}, {"select", 0},
		{"coin", 25}, {"refund", 0}, {"coin", 100}, {"select", 0}, {"coin", 5}, {"dance", 0},
	}
	for _, e := range events {
		before := m.state
		m.Handle(e)
		fmt.Printf("%-10v --%-6s--> %-10v credit=%d stock=%d\n", before, e.Kind, m.state, m.credit, m.stock)
	}
	for i, l := range m.log {
		fmt.Println(i, l)
	}
	fmt.Printf("%d %v %q\n", OutOfStock, OutOfStock, HasMoney)
}
