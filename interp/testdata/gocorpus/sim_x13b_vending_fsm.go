package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoins
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasCoins:
		return "HasCoins"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind string
	Arg  int
}
type TransitionError struct {
	From  State
	Event string
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %s while %v", e.Event, e.From)
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
}

var ErrInsufficient = errors.New("insufficient credit")

func (m *Machine) Handle(ev Event, item string) (err error) {
	before := m.state
	defer func() {
		mark := "ok"
		if err != nil {
			mark = "ERR"
		}
		m.history = append(m.history, fmt.Sprintf("%v-%s->%v[%s]", before, ev.Kind, m.state, mark))
	}()
	switch {
	case ev.Kind == "coin" && (m.state == Idle || m.state == HasCoins):
		m.credit += ev.Arg
		m.state = HasCoins
	case ev.Kind == "select" && m.state == HasCoins:
		price := m.prices[item]
		if m.credit < price {
			return fmt.Errorf("%s costs %d, have %d: %w", item, price, m.credit, ErrInsufficient)
		}
		if m.stock[item] == 0 {
			return &TransitionError{m.state, "select " + item}
		}
		m.stock[item]--
		m.credit -= price
		m.state = Dispensing
	case ev.Kind == "take" && m.state == Dispensing:
		m.state = Idle
		if m.credit > 0 {
			m.state = HasCoins
		}
		total := 0
		for _, n := range m.stock {
			total += n
		}
		if total == 0 {
			m.state = OutOfStock
		}
	case ev.Kind == "refund" && m.state == HasCoins:
		fmt.Println("  refund", m.credit)
		m.credit = 0
		m.state = Idle
	default:
		return &TransitionError{m.state, ev.Kind}
	}
	return nil
}

func main() {
	m := &Machine{stock: map[string]int{"cola": 1, "chips": 1}, prices: map[string]int{"cola": 150, "chips": 100}}
	script := "coin:100 select:cola coin:100 select:cola take select:cola select:chips take refund take coin:100 select:chips take coin:5"
	for _, step := range strings.Fields(script) {
		kind, arg, _ := strings.Cut(step, ":")
		ev := Event{Kind: kind}
		item := ""
		if kind == "coin" {
			fmt.Sscan(arg, &ev.Arg)
		} else {
			item = arg
		}
		if err := m.Handle(ev, item); err != nil {
			var te *TransitionError
			fmt.Printf("%-14s error: %v (transition=%t insufficient=%t)\n", step, err, errors.As(err, &te), errors.Is(err, ErrInsufficient))
		}
	}
	fmt.Println(strings.Join(m.history, "\n"))
	fmt.Println(m.state, m.credit, m.stock, State(9))
}
