package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// State pattern: each state is a type; unsupported actions fall back to
// the embedded defaultState, which reports an error.

type State interface {
	Name() string
	InsertCoin(m *Machine, cents int) (State, error)
	Select(m *Machine, item string) (State, error)
	Cancel(m *Machine) (State, error)
}

var ErrNotAllowed = errors.New("action not allowed")

type defaultState struct{ name string }

func (d defaultState) Name() string { return d.name }
func (d defaultState) InsertCoin(*Machine, int) (State, error) {
	return nil, fmt.Errorf("%s: insert coin: %w", d.name, ErrNotAllowed)
}
func (d defaultState) Select(*Machine, string) (State, error) {
	return nil, fmt.Errorf("%s: select: %w", d.name, ErrNotAllowed)
}
func (d defaultState) Cancel(*Machine) (State, error) {
	return nil, fmt.Errorf("%s: cancel: %w", d.name, ErrNotAllowed)
}

type idle struct{ defaultState }
type paying struct{ defaultState }
type empty struct{ defaultState }

var (
	Idle   State = idle{defaultState{"idle"}}
	Paying State = paying{defaultState{"paying"}}
	Empty  State = empty{defaultState{"empty"}}
)

func (idle) InsertCoin(m *Machine, c int) (State, error) {
	m.credit += c
	return Paying, nil
}

func (paying) InsertCoin(m *Machine, c int) (State, error) {
	m.credit += c
	return Paying, nil
}

func (paying) Cancel(m *Machine) (State, error) {
	m.emit("refund %d", m.credit)
	m.credit = 0
	return Idle, nil
}

func (paying) Select(m *Machine, item string) (State, error) {
	price, ok := m.prices[item]
	switch {
	case !ok:
		return Paying, fmt.Errorf("unknown item %q", item)
	case m.stock[item] == 0:
		return Paying, fmt.Errorf("%s sold out", item)
	case m.credit < price:
		return Paying, fmt.Errorf("need %d more cents for %s", price-m.credit, item)
	}
	m.stock[item]--
	m.credit -= price
	m.emit("vend %s", item)
	if m.credit > 0 {
		m.emit("change %d", m.credit)
		m.credit = 0
	}
	for _, n := range m.stock {
		if n > 0 {
			return Idle, nil
		}
	}
	return Empty, nil
}

type Machine struct {
	state  State
	credit int
	prices map[string]int
	stock  map[string]int
	events []string
}

func (m *Machine) emit(f string, a ...any) { m.events = append(m.events, fmt.Sprintf(f, a...)) }

func (m *Machine) Do(cmd string) error {
	verb, arg, _ := strings.Cut(cmd, " ")
	var next State
	var err error
	switch verb {
	case "coin":
		var c int
		fmt.Sscan(arg, &c)
		next, err = m.state.InsertCoin(m, c)
	case "select":
		next, err = m.state.Select(m, arg)
	case "cancel":
		next, err = m.state.Cancel(m)
	default:
		return fmt.Errorf("unknown command %q", verb)
	}
	if next != nil {
		m.state = next
	}
	return err
}

func main() {
	m := &Machine{state: Idle,
		prices: map[string]int{"cola": 150, "chips": 100},
		stock:  map[string]int{"cola": 1, "chips": 1}}
	for _, c := range []string{"select cola", "coin 100", "select cola", "coin 100", "select cola",
		"coin 25", "select cola", "select tea", "cancel", "cancel", "coin 100", "select chips",
		"coin 5", "dance"} {
		err := m.Do(c)
		fmt.Printf("%-13s -> %-7s credit=%-3d", c, m.state.Name(), m.credit)
		if err != nil {
			fmt.Printf(" error: %v (not allowed: %t)", err, errors.Is(err, ErrNotAllowed))
		}
		fmt.Println()
	}
	fmt.Println(strings.Join(m.events, "; "))
	items := make([]string, 0)
	for k, v := range m.stock {
		items = append(items, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(items)
	fmt.Printf("%v %T %+v\n", items, m.state, m.state)
}
