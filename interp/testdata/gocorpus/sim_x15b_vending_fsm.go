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
	return map[State]string{Idle: "Idle", HasMoney: "HasMoney", Dispensing: "Dispensing", OutOfService: "OOS"}[s]
}

type Event struct {
	Kind string
	Arg  string
	Amt  int
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	bank    int
	history []string
}

var ErrInvalid = errors.New("invalid transition")

type handler func(m *Machine, e Event) (State, error)

var table = map[State]map[string]handler{
	Idle: {
		"coin":    func(m *Machine, e Event) (State, error) { m.credit += e.Amt; return HasMoney, nil },
		"service": func(m *Machine, e Event) (State, error) { return OutOfService, nil },
	},
	HasMoney: {
		"coin": func(m *Machine, e Event) (State, error) { m.credit += e.Amt; return HasMoney, nil },
		"select": func(m *Machine, e Event) (State, error) {
			p, ok := m.prices[e.Arg]
			switch {
			case !ok:
				return HasMoney, fmt.Errorf("no product %q", e.Arg)
			case m.stock[e.Arg] == 0:
				return HasMoney, fmt.Errorf("%s sold out", e.Arg)
			case m.credit < p:
				return HasMoney, fmt.Errorf("need %d more for %s", p-m.credit, e.Arg)
			}
			m.stock[e.Arg]--
			m.credit -= p
			m.bank += p
			return Dispensing, nil
		},
		"refund": func(m *Machine, e Event) (State, error) {
			m.history = append(m.history, fmt.Sprintf("refund %d", m.credit))
			m.credit = 0
			return Idle, nil
		},
	},
	Dispensing: {
		"take": func(m *Machine, e Event) (State, error) {
			if m.credit > 0 {
				return HasMoney, nil
			}
			return Idle, nil
		},
	},
	OutOfService: {
		"service": func(m *Machine, e Event) (State, error) { return Idle, nil },
	},
}

func (m *Machine) Fire(e Event) error {
	h, ok := table[m.state][e.Kind]
	if !ok {
		return fmt.Errorf("%v + %s: %w", m.state, e.Kind, ErrInvalid)
	}
	next, err := h(m, e)
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", m.state, e.Kind, next))
	m.state = next
	return err
}

func main() {
	m := &Machine{stock: map[string]int{"cola": 1, "chips": 5}, prices: map[string]int{"cola": 150, "chips": 100}}
	script := "coin:100 select:cola coin:100 select:cola take select:cola select:gum refund select:chips service coin:5 service coin:100 select:chips take refund"
	for _, tok := range strings.Fields(script) {
		k, arg, _ := strings.Cut(tok, ":")
		e := Event{Kind: k}
		if k == "coin" {
			fmt.Sscan(arg, &e.Amt)
		} else {
			e.Arg = arg
		}
		if err := m.Fire(e); err != nil {
			fmt.Printf("%-12s error: %v (invalid=%v)\n", tok, err, errors.Is(err, ErrInvalid))
		} else {
			fmt.Printf("%-12s ok state=%v credit=%d\n", tok, m.state, m.credit)
		}
	}
	fmt.Println(m.bank, m.stock, len(m.history))
	fmt.Println(slices.Compact(slices.Sorted(slices.Values(m.history)))[:5])
}
