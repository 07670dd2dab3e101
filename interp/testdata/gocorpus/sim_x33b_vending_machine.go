package main

import (
	"errors"
	"fmt"
	"slices"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfService
)

func (s State) String() string {
	return [...]string{"Idle", "HasMoney", "Dispensing", "OutOfService"}[s]
}

type Slot struct {
	Name  string
	Price int
	Count int
}

type Machine struct {
	state   State
	credit  int
	slots   map[string]*Slot
	sales   []string
	revenue int
}

type StateError struct {
	Op    string
	State State
}

func (e StateError) Error() string { return fmt.Sprintf("cannot %s while %v", e.Op, e.State) }

var (
	ErrSoldOut  = errors.New("sold out")
	ErrNoCredit = errors.New("insufficient credit")
)

func (m *Machine) Insert(coins ...int) error {
	if m.state == OutOfService || m.state == Dispensing {
		return StateError{"insert", m.state}
	}
	for _, c := range coins {
		if !slices.Contains([]int{5, 10, 25, 100}, c) {
			return fmt.Errorf("rejected coin %d", c)
		}
		m.credit += c
	}
	m.state = HasMoney
	return nil
}

func (m *Machine) Select(code string) (change int, err error) {
	if m.state != HasMoney {
		return 0, StateError{"select", m.state}
	}
	s, ok := m.slots[code]
	switch {
	case !ok:
		return 0, fmt.Errorf("no slot %q", code)
	case s.Count == 0:
		return 0, fmt.Errorf("%s: %w", s.Name, ErrSoldOut)
	case m.credit < s.Price:
		return 0, fmt.Errorf("%s costs %d, have %d: %w", s.Name, s.Price, m.credit, ErrNoCredit)
	}
	m.state = Dispensing
	defer func() { m.state = Idle }()
	s.Count--
	change = m.credit - s.Price
	m.revenue += s.Price
	m.credit = 0
	m.sales = append(m.sales, s.Name)
	return change, nil
}

func (m *Machine) Refund() int {
	c := m.credit
	m.credit = 0
	if m.state == HasMoney {
		m.state = Idle
	}
	return c
}

func main() {
	m := &Machine{slots: map[string]*Slot{
		"A1": {"Chips", 125, 2},
		"A2": {"Candy", 90, 0},
		"B1": {"Soda", 150, 5},
	}}
	steps := []func() (string, error){
		func() (string, error) { _, err := m.Select("A1"); return "select A1", err },
		func() (string, error) { return "insert 100 25", m.Insert(100, 25) },
		func() (string, error) { c, err := m.Select("A1"); return fmt.Sprint("select A1 change=", c), err },
		func() (string, error) { return "insert 3", m.Insert(3) },
		func() (string, error) { return "insert 100", m.Insert(100) },
		func() (string, error) { _, err := m.Select("A2"); return "select A2", err },
		func() (string, error) { _, err := m.Select("B1"); return "select B1", err },
		func() (string, error) { _, err := m.Select("C9"); return "select C9", err },
		func() (string, error) { return "insert 100", m.Insert(100) },
		func() (string, error) { c, err := m.Select("B1"); return fmt.Sprint("select B1 change=", c), err },
		func() (string, error) { return fmt.Sprint("refund ", m.Refund()), nil },
	}
	for i, step := range steps {
		what, err := step()
		var se StateError
		switch {
		case err == nil:
			fmt.Printf("%2d %-20s ok      [%v credit=%d]\n", i, what, m.state, m.credit)
		case errors.As(err, &se):
			fmt.Printf("%2d %-20s STATE   %v\n", i, what, err)
		case errors.Is(err, ErrSoldOut), errors.Is(err, ErrNoCredit):
			fmt.Printf("%2d %-20s REFUSED %v\n", i, what, err)
		default:
			fmt.Printf("%2d %-20s ERROR   %v\n", i, what, err)
		}
	}
	fmt.Println(m.sales, m.revenue, *m.slots["A1"])
	m.state = OutOfService
	fmt.Println(m.Insert(5))
}
