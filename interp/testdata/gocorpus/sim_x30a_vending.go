package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
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
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type TransitionError struct {
	From  State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %s while %v", e.Event, e.From)
}

var ErrSoldOut = errors.New("sold out")

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	sales   []string
	onEnter map[State]func(*Machine)
}

func (m *Machine) set(s State) {
	m.state = s
	if f := m.onEnter[s]; f != nil {
		f(m)
	}
}

func (m *Machine) Insert(coins int) error {
	if m.state != Idle && m.state != HasMoney {
		return &TransitionError{m.state, "insert"}
	}
	m.credit += coins
	m.set(HasMoney)
	return nil
}

func (m *Machine) Select(item string) (change int, err error) {
	if m.state != HasMoney {
		return 0, &TransitionError{m.state, Event("select " + item)}
	}
	price, ok := m.prices[item]
	switch {
	case !ok || m.stock[item] == 0:
		return 0, fmt.Errorf("%s: %w", item, ErrSoldOut)
	case m.credit < price:
		return 0, fmt.Errorf("%s costs %d, credit %d", item, price, m.credit)
	}
	m.set(Dispensing)
	m.stock[item]--
	m.sales = append(m.sales, item)
	change, m.credit = m.credit-price, 0
	if total := m.totalStock(); total == 0 {
		m.set(OutOfService)
	} else {
		m.set(Idle)
	}
	return change, nil
}

func (m *Machine) totalStock() (n int) {
	for _, v := range m.stock {
		n += v
	}
	return
}

func main() {
	var trace []string
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 2},
		prices: map[string]int{"cola": 150, "chips": 100},
		onEnter: map[State]func(*Machine){
			Dispensing:   func(m *Machine) { trace = append(trace, "whirr") },
			OutOfService: func(m *Machine) { trace = append(trace, "light on") },
		},
	}
	steps := []func() (string, error){
		func() (string, error) { _, err := m.Select("cola"); return "select cola", err },
		func() (string, error) { return "insert 100", m.Insert(100) },
		func() (string, error) { _, err := m.Select("cola"); return "select cola", err },
		func() (string, error) { return "insert 100", m.Insert(100) },
		func() (string, error) { c, err := m.Select("cola"); return fmt.Sprint("cola change ", c), err },
		func() (string, error) { return "insert 200", m.Insert(200) },
		func() (string, error) { _, err := m.Select("cola"); return "select cola", err },
		func() (string, error) { c, err := m.Select("chips"); return fmt.Sprint("chips change ", c), err },
		func() (string, error) {
			m.Insert(100)
			c, err := m.Select("chips")
			return fmt.Sprint("chips change ", c), err
		},
		func() (string, error) { return "insert 5", m.Insert(5) },
	}
	for i, step := range steps {
		what, err := step()
		var te *TransitionError
		switch {
		case errors.As(err, &te):
			fmt.Printf("%d %-16s transition error: %v (from %d)\n", i, what, err, te.From)
		case errors.Is(err, ErrSoldOut):
			fmt.Printf("%d %-16s sold out: %v\n", i, what, err)
		case err != nil:
			fmt.Printf("%d %-16s error: %v\n", i, what, err)
		default:
			fmt.Printf("%d %-16s ok -> %v\n", i, what, m.state)
		}
	}
	fmt.Println(strings.Join(trace, ", "), slices.Compact(slices.Sorted(slices.Values(m.sales))), m.state)
}
