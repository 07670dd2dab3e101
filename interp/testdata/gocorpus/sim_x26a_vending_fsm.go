package main

import (
	"errors"
	"fmt"
	"sort"
)

type State interface {
	Insert(v *Machine, cents int) (State, error)
	Select(v *Machine, slot string) (State, error)
	Name() string
}

type Product struct {
	Name  string
	Price int
	Count int
}

type Machine struct {
	state   State
	credit  int
	slots   map[string]*Product
	dropped []string
	bank    int
}

var ErrSoldOut = errors.New("sold out")

type idle struct{}
type hasCredit struct{}

func (idle) Name() string      { return "idle" }
func (hasCredit) Name() string { return "credit" }

func (idle) Insert(m *Machine, c int) (State, error) {
	m.credit += c
	return hasCredit{}, nil
}
func (idle) Select(m *Machine, slot string) (State, error) {
	return idle{}, errors.New("insert coins first")
}

func (hasCredit) Insert(m *Machine, c int) (State, error) {
	m.credit += c
	return hasCredit{}, nil
}
func (hasCredit) Select(m *Machine, slot string) (State, error) {
	p, ok := m.slots[slot]
	switch {
	case !ok:
		return hasCredit{}, fmt.Errorf("no slot %q", slot)
	case p.Count == 0:
		return hasCredit{}, fmt.Errorf("%s: %w", p.Name, ErrSoldOut)
	case m.credit < p.Price:
		return hasCredit{}, fmt.Errorf("%s costs %d, credit %d", p.Name, p.Price, m.credit)
	}
	p.Count--
	m.credit -= p.Price
	m.bank += p.Price
	m.dropped = append(m.dropped, p.Name)
	if m.credit == 0 {
		return idle{}, nil
	}
	return hasCredit{}, nil
}

func (m *Machine) Do(action string, arg any) {
	var next State
	var err error
	switch action {
	case "insert":
		next, err = m.state.Insert(m, arg.(int))
	case "select":
		next, err = m.state.Select(m, arg.(string))
	case "refund":
		fmt.Printf("  refund %d\n", m.credit)
		m.credit, next = 0, idle{}
	}
	fmt.Printf("%-7s %-5v %-7s -> %-7s credit=%d", action, arg, m.state.Name(), next.Name(), m.credit)
	if err != nil {
		fmt.Printf(" err=%v", err)
	}
	fmt.Println()
	m.state = next
}

func main() {
	m := &Machine{state: idle{}, slots: map[string]*Product{
		"A1": {"Chips", 125, 2}, "A2": {"Candy", 90, 0}, "B1": {"Water", 100, 5},
	}}
	m.Do("select", "A1")
	m.Do("insert", 100)
	m.Do("select", "A1")
	m.Do("insert", 100)
	m.Do("select", "A2")
	m.Do("select", "A1")
	m.Do("select", "Z9")
	m.Do("insert", 25)
	m.Do("select", "B1")
	m.Do("insert", 5)
	m.Do("refund", nil)
	fmt.Println(m.dropped, m.bank, m.state.Name())
	keys := make([]string, 0)
	for k, p := range m.slots {
		keys = append(keys, fmt.Sprintf("%s:%s×%d", k, p.Name, p.Count))
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
