package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Waiting State = iota
	HasMoney
	Dispensing
	OutOfOrder
)

func (s State) String() string {
	switch s {
	case Waiting:
		return "Waiting"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Product struct {
	Price int
	Stock int
}

type Machine struct {
	state    State
	credit   int
	products map[string]*Product
	sales    map[string]int
	coins    []int
}

var (
	ErrState    = errors.New("invalid action in this state")
	ErrSoldOut  = errors.New("sold out")
	ErrNotFound = errors.New("unknown product")
)

func (m *Machine) Insert(c int) error {
	if m.state != Waiting && m.state != HasMoney {
		return fmt.Errorf("insert in %v: %w", m.state, ErrState)
	}
	m.credit += c
	m.state = HasMoney
	return nil
}

func (m *Machine) Select(name string) (change []int, err error) {
	if m.state != HasMoney {
		return nil, fmt.Errorf("select in %v: %w", m.state, ErrState)
	}
	p, ok := m.products[name]
	switch {
	case !ok:
		return nil, fmt.Errorf("%q: %w", name, ErrNotFound)
	case p.Stock == 0:
		return nil, fmt.Errorf("%q: %w", name, ErrSoldOut)
	case m.credit < p.Price:
		return nil, fmt.Errorf("%q costs %d, credit %d", name, p.Price, m.credit)
	}
	m.state = Dispensing
	p.Stock--
	m.sales[name]++
	rest := m.credit - p.Price
	for _, c := range m.coins {
		for rest >= c {
			change = append(change, c)
			rest -= c
		}
	}
	m.credit = 0
	m.state = Waiting
	return change, nil
}

func main() {
	m := &Machine{
		products: map[string]*Product{"cola": {150, 2}, "chips": {95, 1}, "gum": {40, 10}},
		sales:    map[string]int{},
		coins:    []int{100, 25, 10, 5},
	}
	script := "select cola;insert 100;select cola;insert 100;select cola;insert 200;select cola;insert 200;select cola;insert 100;select chips;insert 50;select chips;select tea;insert 45;select gum"
	for _, cmd := range strings.Split(script, ";") {
		var verb, arg string
		fmt.Sscan(cmd, &verb, &arg)
		var err error
		switch verb {
		case "insert":
			var c int
			fmt.Sscanf(arg, "%d", &c)
			err = m.Insert(c)
		case "select":
			var ch []int
			ch, err = m.Select(arg)
			if err == nil {
				fmt.Printf("%-14s -> got %s, change %v\n", cmd, arg, ch)
			}
		}
		if err != nil {
			fmt.Printf("%-14s -> error: %v (state error: %t)\n", cmd, err, errors.Is(err, ErrState))
		}
	}
	names := make([]string, 0, len(m.sales))
	for n := range m.sales {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, m.sales[n], m.products[n].Stock)
	}
	fmt.Println(m.state, State(7), m.credit)
}
