package main

import (
	"errors"
	"fmt"
	"strings"
)

type State interface {
	InsertCoin(m *Machine, cents int) error
	Select(m *Machine, code string) error
	Name() string
}

type Slot struct {
	Product string
	Price   int
	Count   int
}

type Machine struct {
	state  State
	credit int
	slots  map[string]*Slot
	bank   int
	log    []string
}

type idle struct{}
type hasCredit struct{}
type outOfService struct{ reason string }

var ErrSoldOut = errors.New("sold out")

func (idle) Name() string { return "idle" }
func (idle) InsertCoin(m *Machine, c int) error {
	m.credit += c
	m.setState(hasCredit{})
	return nil
}
func (idle) Select(m *Machine, code string) error { return errors.New("insert coins first") }

func (hasCredit) Name() string { return "has-credit" }
func (hasCredit) InsertCoin(m *Machine, c int) error {
	m.credit += c
	return nil
}
func (hasCredit) Select(m *Machine, code string) error {
	s, ok := m.slots[code]
	if !ok {
		return fmt.Errorf("no slot %q", code)
	}
	if s.Count == 0 {
		return fmt.Errorf("%s: %w", s.Product, ErrSoldOut)
	}
	if m.credit < s.Price {
		return fmt.Errorf("%s costs %d, credit %d", s.Product, s.Price, m.credit)
	}
	s.Count--
	change := m.credit - s.Price
	m.bank += s.Price
	m.credit = 0
	m.log = append(m.log, fmt.Sprintf("sold %s, change %d", s.Product, change))
	m.setState(idle{})
	return nil
}

func (o outOfService) Name() string                         { return "out-of-service(" + o.reason + ")" }
func (o outOfService) InsertCoin(m *Machine, c int) error   { return errors.New("machine " + o.reason) }
func (o outOfService) Select(m *Machine, code string) error { return errors.New("machine " + o.reason) }

func (m *Machine) setState(s State) {
	m.log = append(m.log, fmt.Sprintf("%s -> %s", m.state.Name(), s.Name()))
	m.state = s
}

func main() {
	m := &Machine{state: idle{}, slots: map[string]*Slot{
		"A1": {"Chips", 125, 2},
		"A2": {"Candy", 90, 0},
		"B1": {"Water", 100, 5},
	}}
	steps := []func() error{
		func() error { return m.state.Select(m, "A1") },
		func() error { return m.state.InsertCoin(m, 100) },
		func() error { return m.state.Select(m, "A1") },
		func() error { return m.state.InsertCoin(m, 50) },
		func() error { return m.state.Select(m, "A1") },
		func() error { return m.state.InsertCoin(m, 100) },
		func() error { return m.state.Select(m, "A2") },
		func() error { return m.state.Select(m, "C9") },
		func() error { return m.state.Select(m, "B1") },
		func() error { m.setState(outOfService{"jammed"}); return nil },
		func() error { return m.state.InsertCoin(m, 25) },
	}
	for i, step := range steps {
		err := step()
		switch {
		case err == nil:
			fmt.Printf("step %2d: ok      [%s] credit=%d\n", i, m.state.Name(), m.credit)
		case errors.Is(err, ErrSoldOut):
			fmt.Printf("step %2d: SOLDOUT %v\n", i, err)
		default:
			fmt.Printf("step %2d: error   %v\n", i, err)
		}
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Println("bank:", m.bank)
	fmt.Printf("%T %#v\n", m.state, m.state)
}
