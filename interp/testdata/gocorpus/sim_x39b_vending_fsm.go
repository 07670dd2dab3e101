package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoin
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasCoin:
		return "HasCoin"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const (
	InsertCoin Event = "coin"
	PushButton Event = "push"
	Refund     Event = "refund"
	Take       Event = "take"
	Restock    Event = "restock"
)

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	stock   int
	credits int
	log     []string
	table   map[transition]func(m *Machine) State
}

func NewMachine(stock int) *Machine {
	m := &Machine{stock: stock}
	m.table = map[transition]func(*Machine) State{
		{Idle, InsertCoin}: func(m *Machine) State { m.credits++; return HasCoin },
		{HasCoin, Refund}:  func(m *Machine) State { m.credits--; return Idle },
		{HasCoin, PushButton}: func(m *Machine) State {
			m.stock--
			return Dispensing
		},
		{Dispensing, Take}: func(m *Machine) State {
			if m.stock == 0 {
				return OutOfStock
			}
			return Idle
		},
		{OutOfStock, Restock}: func(m *Machine) State { m.stock += 2; return Idle },
	}
	if stock == 0 {
		m.state = OutOfStock
	}
	return m
}

func (m *Machine) Fire(e Event) error {
	fn, ok := m.table[transition{m.state, e}]
	if !ok {
		return fmt.Errorf("event %q not allowed in state %v", e, m.state)
	}
	prev := m.state
	m.state = fn(m)
	m.log = append(m.log, fmt.Sprintf("%v-%s->%v", prev, e, m.state))
	return nil
}

func main() {
	m := NewMachine(1)
	seq := []Event{PushButton, InsertCoin, Refund, InsertCoin, PushButton, Take,
		InsertCoin, Restock, InsertCoin, PushButton, Take}
	for i, e := range seq {
		if err := m.Fire(e); err != nil {
			fmt.Printf("%2d: error: %v\n", i, err)
			continue
		}
		fmt.Printf("%2d: %-10v stock=%d credits=%d\n", i, m.state, m.stock, m.credits)
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Printf("%v %d %s\n", State(9), Dispensing, OutOfStock)
}
