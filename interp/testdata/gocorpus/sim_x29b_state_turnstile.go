package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfService
)

var stateNames = [...]string{"Idle", "Selecting", "Paying", "Dispensing", "OutOfService"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	credit  int
	choice  string
	stock   map[string]int
	prices  map[string]int
	history []string
	table   map[transition]func(m *Machine, arg string) (State, error)
}

func NewMachine() *Machine {
	m := &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	m.table = map[transition]func(*Machine, string) (State, error){
		{Idle, "select"}: func(m *Machine, item string) (State, error) {
			if m.stock[item] == 0 {
				return Idle, fmt.Errorf("%s sold out", item)
			}
			m.choice = item
			return Paying, nil
		},
		{Paying, "coin"}: func(m *Machine, arg string) (State, error) {
			var c int
			fmt.Sscanf(arg, "%d", &c)
			m.credit += c
			if m.credit >= m.prices[m.choice] {
				return Dispensing, nil
			}
			return Paying, nil
		},
		{Paying, "cancel"}: func(m *Machine, _ string) (State, error) {
			m.history = append(m.history, fmt.Sprintf("refund %d", m.credit))
			m.credit, m.choice = 0, ""
			return Idle, nil
		},
		{Dispensing, "take"}: func(m *Machine, _ string) (State, error) {
			m.stock[m.choice]--
			change := m.credit - m.prices[m.choice]
			m.history = append(m.history, fmt.Sprintf("sold %s change %d", m.choice, change))
			m.credit, m.choice = 0, ""
			return Idle, nil
		},
	}
	return m
}

func (m *Machine) Fire(ev Event, arg string) error {
	if m.state == OutOfService {
		return fmt.Errorf("%v: %w", m.state, ErrInvalid)
	}
	h, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("%q in state %v: %w", ev, m.state, ErrInvalid)
	}
	next, err := h(m, arg)
	if err != nil {
		return err
	}
	if next != m.state {
		m.history = append(m.history, fmt.Sprintf("%v->%v", m.state, next))
	}
	m.state = next
	return nil
}

func main() {
	m := NewMachine()
	steps := []struct {
		ev  Event
		arg string
	}{
		{"coin", "100"}, {"select", "cola"}, {"coin", "100"}, {"coin", "100"},
		{"take", ""}, {"select", "chips"}, {"coin", "25"}, {"cancel", ""},
		{"select", "cola"}, {"coin", "200"}, {"take", ""}, {"select", "cola"},
	}
	for _, s := range steps {
		if err := m.Fire(s.ev, s.arg); err != nil {
			fmt.Printf("%-7s %-5s -> error: %v (invalid=%t)\n", s.ev, s.arg, err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%-7s %-5s -> %v credit=%d\n", s.ev, s.arg, m.state, m.credit)
	}
	m.state = OutOfService
	fmt.Println(m.Fire("select", "chips"))
	fmt.Println(strings.Join(m.history, "\n"))
	fmt.Println(m.stock, State(9))
}
