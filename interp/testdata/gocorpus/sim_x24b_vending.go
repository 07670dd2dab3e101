package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type State interface {
	Insert(m *Machine, coins int) error
	Select(m *Machine, item string) error
	Name() string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	sales   []string
	history []string
}

var (
	ErrNoCredit = errors.New("insert coins first")
	ErrSoldOut  = errors.New("sold out")
)

type idle struct{}
type hasCredit struct{}

func (idle) Name() string { return "idle" }
func (idle) Insert(m *Machine, c int) error {
	m.credit += c
	m.setState(hasCredit{})
	return nil
}
func (idle) Select(*Machine, string) error { return ErrNoCredit }

func (hasCredit) Name() string { return "credit" }
func (hasCredit) Insert(m *Machine, c int) error {
	m.credit += c
	return nil
}
func (hasCredit) Select(m *Machine, item string) error {
	price, ok := m.prices[item]
	if !ok {
		return fmt.Errorf("unknown item %q", item)
	}
	if m.stock[item] == 0 {
		return fmt.Errorf("%s: %w", item, ErrSoldOut)
	}
	if m.credit < price {
		return fmt.Errorf("need %d more for %s", price-m.credit, item)
	}
	m.credit -= price
	m.stock[item]--
	m.sales = append(m.sales, item)
	if m.credit == 0 {
		m.setState(idle{})
	}
	return nil
}

func (m *Machine) setState(s State) {
	m.history = append(m.history, m.state.Name()+">"+s.Name())
	m.state = s
}

func main() {
	m := &Machine{
		state:  idle{},
		stock:  map[string]int{"cola": 2, "chips": 1, "gum": 0},
		prices: map[string]int{"cola": 150, "chips": 100, "gum": 50},
	}
	steps := []struct {
		op  string
		arg any
	}{
		{"sel", "cola"}, {"ins", 100}, {"sel", "cola"}, {"ins", 100}, {"sel", "cola"},
		{"sel", "gum"}, {"sel", "tea"}, {"sel", "chips"}, {"ins", 300}, {"sel", "cola"},
		{"sel", "cola"}, {"sel", "chips"},
	}
	for i, s := range steps {
		var err error
		switch s.op {
		case "ins":
			err = m.state.Insert(m, s.arg.(int))
		case "sel":
			err = m.state.Select(m, s.arg.(string))
		}
		status := "ok"
		if err != nil {
			status = err.Error()
			if errors.Is(err, ErrSoldOut) {
				status += " (!)"
			}
		}
		fmt.Printf("%2d %-3s %-6v state=%-6s credit=%3d %s\n", i, s.op, s.arg, m.state.Name(), m.credit, status)
	}
	fmt.Println(strings.Join(m.history, ", "))
	sort.Strings(m.sales)
	fmt.Println(m.sales, m.stock)
	fmt.Printf("%T %v\n", m.state, m.state)
}
