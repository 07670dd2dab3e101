package main

import (
	"errors"
	"fmt"
	"sort"
)

type Product struct {
	Name  string
	Price int
	Stock int
}

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d more cents", e.Need-e.Have)
}

var ErrSoldOut = errors.New("sold out")
var ErrUnknown = errors.New("unknown slot")

type Machine struct {
	slots   map[string]*Product
	credit  int
	revenue int
}

func (m *Machine) Insert(coins ...int) {
	for _, c := range coins {
		m.credit += c
	}
}

func (m *Machine) Buy(slot string) (change []int, err error) {
	p, ok := m.slots[slot]
	if !ok {
		return nil, fmt.Errorf("slot %q: %w", slot, ErrUnknown)
	}
	if p.Stock == 0 {
		return nil, fmt.Errorf("%s: %w", p.Name, ErrSoldOut)
	}
	if m.credit < p.Price {
		return nil, &InsufficientFunds{Need: p.Price, Have: m.credit}
	}
	p.Stock--
	m.revenue += p.Price
	rest := m.credit - p.Price
	m.credit = 0
	for _, coin := range []int{25, 10, 5} {
		for rest >= coin {
			change = append(change, coin)
			rest -= coin
		}
	}
	return change, nil
}

func main() {
	m := &Machine{slots: map[string]*Product{
		"A1": {"Chips", 125, 2},
		"A2": {"Candy", 90, 1},
		"B1": {"Soda", 150, 0},
	}}
	type order struct {
		coins []int
		slot  string
	}
	orders := []order{
		{[]int{100, 25, 25}, "A1"},
		{[]int{100}, "A2"},
		{[]int{25}, "A2"},
		{[]int{100, 100}, "B1"},
		{nil, "C9"},
		{[]int{25, 25, 25, 25, 25}, "A1"},
	}
	for _, o := range orders {
		m.Insert(o.coins...)
		change, err := m.Buy(o.slot)
		var inf *InsufficientFunds
		switch {
		case errors.As(err, &inf):
			fmt.Printf("%s: %v (credit kept %d)\n", o.slot, err, m.credit)
		case errors.Is(err, ErrSoldOut), errors.Is(err, ErrUnknown):
			fmt.Printf("%s: %v; refund %d\n", o.slot, err, m.credit)
			m.credit = 0
		case err == nil:
			fmt.Printf("%s: vend, change %v\n", o.slot, change)
		}
	}
	keys := make([]string, 0, len(m.slots))
	for k := range m.slots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %+v\n", k, *m.slots[k])
	}
	fmt.Printf("revenue $%d.%02d\n", m.revenue/100, m.revenue%100)
}
