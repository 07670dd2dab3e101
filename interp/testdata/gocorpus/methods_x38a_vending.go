package main

import (
	"errors"
	"fmt"
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

var ErrInvalid = errors.New("invalid transition")

type TransitionError struct {
	From  State
	Event Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot %s while %v", e.Event, e.From)
}

func (e TransitionError) Is(target error) bool { return target == ErrInvalid }

type Machine struct {
	state   State
	stock   int
	credit  int
	history []State
}

type transition struct {
	from State
	ev   Event
}

var table = map[transition]func(m *Machine) State{
	{Idle, "coin"}:      func(m *Machine) State { m.credit++; return HasCoin },
	{HasCoin, "coin"}:   func(m *Machine) State { m.credit++; return HasCoin },
	{HasCoin, "refund"}: func(m *Machine) State { m.credit = 0; return Idle },
	{HasCoin, "push"}: func(m *Machine) State {
		m.credit--
		m.stock--
		return Dispensing
	},
	{Dispensing, "take"}: func(m *Machine) State {
		switch {
		case m.stock == 0:
			return OutOfStock
		case m.credit > 0:
			return HasCoin
		}
		return Idle
	},
	{OutOfStock, "restock"}: func(m *Machine) State { m.stock = 2; return Idle },
}

func (m *Machine) Fire(ev Event) error {
	f, ok := table[transition{m.state, ev}]
	if !ok {
		return TransitionError{m.state, ev}
	}
	m.history = append(m.history, m.state)
	m.state = f(m)
	return nil
}

func main() {
	m := &Machine{stock: 2}
	events := []Event{"push", "coin", "coin", "push", "take", "push", "take", "coin", "restock", "coin", "refund", "kick"}
	for _, ev := range events {
		before := m.state
		if err := m.Fire(ev); err != nil {
			fmt.Printf("%-8s %-10v error: %v (invalid=%t)\n", ev, before, err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%-8s %-10v -> %v (stock=%d credit=%d)\n", ev, before, m.state, m.stock, m.credit)
	}
	fmt.Println(m.history)
	fmt.Printf("%v %d %s %q\n", State(7), HasCoin, OutOfStock, Dispensing)
}
