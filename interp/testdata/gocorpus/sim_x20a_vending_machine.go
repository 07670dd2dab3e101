package main

import (
	"errors"
	"fmt"
	"sort"
)

type State int

const (
	Ready State = iota
	HasMoney
	Dispensing
	OutOfService
)

var stateNames = map[State]string{Ready: "Ready", HasMoney: "HasMoney", Dispensing: "Dispensing", OutOfService: "OutOfService"}

func (s State) String() string { return stateNames[s] }

type Slot struct {
	Name  string
	Price int
	Count int
}

type Machine struct {
	state   State
	credit  int
	slots   map[string]*Slot
	sales   map[string]int
	coins   []int
	history []string
}

var (
	ErrState    = errors.New("invalid in this state")
	ErrSoldOut  = errors.New("sold out")
	ErrNotFound = errors.New("no such slot")
)

func (m *Machine) transition(to State) {
	m.history = append(m.history, fmt.Sprintf("%v->%v", m.state, to))
	m.state = to
}

func (m *Machine) Insert(c int) error {
	if m.state != Ready && m.state != HasMoney {
		return fmt.Errorf("insert: %w (%v)", ErrState, m.state)
	}
	m.credit += c
	if m.state == Ready {
		m.transition(HasMoney)
	}
	return nil
}

func (m *Machine) Select(code string) (change []int, err error) {
	if m.state != HasMoney {
		return nil, fmt.Errorf("select: %w (%v)", ErrState, m.state)
	}
	s, ok := m.slots[code]
	switch {
	case !ok:
		return nil, fmt.Errorf("select %s: %w", code, ErrNotFound)
	case s.Count == 0:
		return nil, fmt.Errorf("select %s: %w", s.Name, ErrSoldOut)
	case m.credit < s.Price:
		return nil, fmt.Errorf("select %s: need %d more", s.Name, s.Price-m.credit)
	}
	m.transition(Dispensing)
	s.Count--
	m.sales[s.Name]++
	rest := m.credit - s.Price
	for _, c := range m.coins {
		for rest >= c {
			change = append(change, c)
			rest -= c
		}
	}
	m.credit = 0
	m.transition(Ready)
	return change, nil
}

func main() {
	m := &Machine{
		slots: map[string]*Slot{"A1": {"Cola", 150, 2}, "A2": {"Chips", 95, 1}, "B1": {"Gum", 40, 0}},
		sales: map[string]int{},
		coins: []int{100, 25, 10, 5},
	}
	steps := []func() (any, error){
		func() (any, error) { return m.Select("A1") },
		func() (any, error) { return nil, m.Insert(100) },
		func() (any, error) { return m.Select("A1") },
		func() (any, error) { return nil, m.Insert(100) },
		func() (any, error) { return m.Select("A1") },
		func() (any, error) { return m.Select("B1") },
		func() (any, error) { return nil, m.Insert(200) },
		func() (any, error) { return m.Select("B1") },
		func() (any, error) { return m.Select("Z9") },
		func() (any, error) { return m.Select("A2") },
	}
	for i, st := range steps {
		res, err := st()
		fmt.Printf("%d: state=%-8v credit=%3d res=%v err=%v\n", i, m.state, m.credit, res, err)
	}
	m.transition(OutOfService)
	err := m.Insert(5)
	fmt.Println(err, errors.Is(err, ErrState))
	names := make([]string, 0, len(m.sales))
	for n := range m.sales {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, m.sales[n])
	}
	fmt.Println(m.history)
}
