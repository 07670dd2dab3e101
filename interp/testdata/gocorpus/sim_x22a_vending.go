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
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrSoldOut = errors.New("sold out")
var ErrUnknown = errors.New("unknown slot")

type Machine struct {
	slots   map[string]*Product
	balance int
	bank    int
}

func (m *Machine) Insert(coins ...int) {
	for _, c := range coins {
		m.balance += c
	}
}

func (m *Machine) Buy(slot string) (p Product, change []int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("buy %s: %w", slot, err)
		}
	}()
	prod, ok := m.slots[slot]
	if !ok {
		return Product{}, nil, ErrUnknown
	}
	if prod.Stock == 0 {
		return Product{}, nil, ErrSoldOut
	}
	if m.balance < prod.Price {
		return Product{}, nil, &InsufficientFunds{prod.Price, m.balance}
	}
	prod.Stock--
	m.bank += prod.Price
	rest := m.balance - prod.Price
	m.balance = 0
	for _, c := range []int{100, 25, 10, 5} {
		for rest >= c {
			change = append(change, c)
			rest -= c
		}
	}
	return *prod, change, nil
}

func main() {
	m := &Machine{slots: map[string]*Product{
		"A1": {"Cola", 125, 2},
		"A2": {"Chips", 90, 1},
		"B1": {"Candy", 65, 0},
	}}
	try := func(slot string, coins ...int) {
		m.Insert(coins...)
		p, ch, err := m.Buy(slot)
		var inf *InsufficientFunds
		switch {
		case errors.As(err, &inf):
			fmt.Println("ERR", err, "short by", inf.Need-inf.Have)
		case errors.Is(err, ErrSoldOut), errors.Is(err, ErrUnknown):
			fmt.Println("ERR", err)
		case err == nil:
			fmt.Printf("got %s, change %v\n", p.Name, ch)
		}
	}
	try("A1", 100, 25, 25, 10)
	try("A2", 25, 25)
	try("A2", 25, 25)
	try("B1", 100)
	try("C9")
	try("A1")
	try("A1", 100, 100)
	keys := make([]string, 0, len(m.slots))
	for k := range m.slots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %+v\n", k, *m.slots[k])
	}
	fmt.Println("bank", m.bank, "balance", m.balance)
}
