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
	OutOfOrder
)

func (s State) String() string {
	return [...]string{"Ready", "HasMoney", "Dispensing", "OutOfOrder"}[s]
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	sales   map[string]int
	changes []int
}

func NewMachine() *Machine {
	return &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1, "gum": 5},
		prices: map[string]int{"cola": 125, "chips": 100, "gum": 35},
		sales:  map[string]int{},
	}
}

func (m *Machine) Insert(c int) error {
	switch c {
	case 5, 10, 25, 100:
	default:
		return fmt.Errorf("rejected coin %d", c)
	}
	if m.state == OutOfOrder {
		return errors.New("out of order")
	}
	m.credit += c
	m.state = HasMoney
	return nil
}

func (m *Machine) Select(item string) (change []int, err error) {
	if m.state != HasMoney {
		return nil, fmt.Errorf("cannot select in state %v", m.state)
	}
	price, ok := m.prices[item]
	if !ok || m.stock[item] == 0 {
		return nil, fmt.Errorf("%s unavailable", item)
	}
	if m.credit < price {
		return nil, fmt.Errorf("need %d more", price-m.credit)
	}
	m.state = Dispensing
	m.stock[item]--
	m.sales[item]++
	rest := m.credit - price
	for _, coin := range []int{100, 25, 10, 5} {
		for rest >= coin {
			change = append(change, coin)
			rest -= coin
		}
	}
	m.credit = 0
	m.state = Ready
	return change, nil
}

func main() {
	m := NewMachine()
	script := []any{100, "cola", 25, 10, "cola", 3, 100, "chips", "gum", 100, 25, "cola", 100, "cola", 100, "gum"}
	for _, s := range script {
		switch v := s.(type) {
		case int:
			if err := m.Insert(v); err != nil {
				fmt.Println("insert:", err)
			}
		case string:
			ch, err := m.Select(v)
			if err != nil {
				fmt.Printf("select %s: %v (credit %d, %v)\n", v, err, m.credit, m.state)
				continue
			}
			fmt.Printf("got %s, change %v\n", v, ch)
		}
	}
	items := make([]string, 0, len(m.stock))
	for k := range m.stock {
		items = append(items, k)
	}
	sort.Strings(items)
	for _, it := range items {
		fmt.Printf("%-6s stock=%d sold=%d\n", it, m.stock[it], m.sales[it])
	}
	fmt.Println(m.state, m.credit, m.sales)
}
