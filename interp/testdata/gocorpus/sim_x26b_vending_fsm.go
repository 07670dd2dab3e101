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
	return [...]string{"Idle", "HasCoin", "Dispensing", "OutOfStock"}[s]
}

type Event string

var ErrInvalid = errors.New("invalid transition")

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

var table = map[transition]func(m *Machine) (State, error){
	{Idle, "coin"}:    func(m *Machine) (State, error) { m.credit += 25; return HasCoin, nil },
	{HasCoin, "coin"}: func(m *Machine) (State, error) { m.credit += 25; return HasCoin, nil },
	{HasCoin, "refund"}: func(m *Machine) (State, error) {
		fmt.Println("  refunding", m.credit)
		m.credit = 0
		return Idle, nil
	},
	{HasCoin, "push"}: func(m *Machine) (State, error) {
		if m.credit < 50 {
			return HasCoin, fmt.Errorf("need 50, have %d", m.credit)
		}
		m.credit -= 50
		return Dispensing, nil
	},
	{Dispensing, "take"}: func(m *Machine) (State, error) {
		m.stock--
		if m.stock == 0 {
			return OutOfStock, nil
		}
		if m.credit > 0 {
			return HasCoin, nil
		}
		return Idle, nil
	},
}

func (m *Machine) Fire(ev Event) error {
	f, ok := table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("%w: %v on %q", ErrInvalid, m.state, ev)
	}
	next, err := f(m)
	if err != nil {
		return err
	}
	m.history = append(m.history, m.state)
	m.state = next
	return nil
}

func main() {
	m := &Machine{stock: 2}
	evs := []Event{"push", "coin", "push", "coin", "coin", "push", "take", "push", "refund", "coin", "coin", "push", "take", "coin"}
	for _, e := range evs {
		err := m.Fire(e)
		switch {
		case errors.Is(err, ErrInvalid):
			fmt.Printf("%-7s -> rejected (%v)\n", e, err)
		case err != nil:
			fmt.Printf("%-7s -> error: %v\n", e, err)
		default:
			fmt.Printf("%-7s -> %v credit=%d stock=%d\n", e, m.state, m.credit, m.stock)
		}
	}
	fmt.Println(m.history)
	fmt.Printf("%d %v %q\n", m.state, m.state, m.state)
}
