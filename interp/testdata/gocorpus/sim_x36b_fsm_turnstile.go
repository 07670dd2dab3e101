package main

import (
	"fmt"
	"sort"
	"strings"
)

type State string
type Event string

const (
	Locked   State = "Locked"
	Unlocked State = "Unlocked"
	Broken   State = "Broken"
)

type transition struct {
	from State
	on   Event
}

type Action func(m *Machine, e Event)

type Machine struct {
	state   State
	coins   int
	passes  int
	table   map[transition]State
	actions map[transition]Action
	history []string
	onEnter map[State]func()
}

func NewTurnstile() *Machine {
	m := &Machine{state: Locked, table: map[transition]State{}, actions: map[transition]Action{}, onEnter: map[State]func(){}}
	m.add(Locked, "coin", Unlocked, func(m *Machine, e Event) { m.coins++ })
	m.add(Locked, "push", Locked, func(m *Machine, e Event) { m.log("alarm: pushed while locked") })
	m.add(Unlocked, "push", Locked, func(m *Machine, e Event) { m.passes++ })
	m.add(Unlocked, "coin", Unlocked, func(m *Machine, e Event) {
		m.coins++
		m.log("thanks for the tip")
	})
	m.add(Locked, "kick", Broken, nil)
	m.add(Unlocked, "kick", Broken, nil)
	m.add(Broken, "repair", Locked, nil)
	m.onEnter[Broken] = func() { m.log("*** out of order ***") }
	return m
}

func (m *Machine) add(from State, on Event, to State, a Action) {
	t := transition{from, on}
	m.table[t] = to
	if a != nil {
		m.actions[t] = a
	}
}

func (m *Machine) log(s string) { m.history = append(m.history, s) }

func (m *Machine) Fire(e Event) error {
	t := transition{m.state, e}
	to, ok := m.table[t]
	if !ok {
		return fmt.Errorf("no transition from %s on %q", m.state, e)
	}
	if a := m.actions[t]; a != nil {
		a(m, e)
	}
	if to != m.state {
		m.log(fmt.Sprintf("%s -%s-> %s", m.state, e, to))
		if f, ok := m.onEnter[to]; ok {
			defer f()
		}
	}
	m.state = to
	return nil
}

func (m *Machine) Events(s State) []string {
	var evs []string
	for t := range m.table {
		if t.from == s {
			evs = append(evs, string(t.on))
		}
	}
	sort.Strings(evs)
	return evs
}

func main() {
	m := NewTurnstile()
	script := "push coin coin push push coin kick coin repair coin push"
	for _, w := range strings.Fields(script) {
		if err := m.Fire(Event(w)); err != nil {
			fmt.Println("error:", err)
		}
	}
	for i, h := range m.history {
		fmt.Printf("%2d %s\n", i+1, h)
	}
	fmt.Printf("state=%s coins=%d passes=%d\n", m.state, m.coins, m.passes)
	for _, s := range []State{Locked, Unlocked, Broken} {
		fmt.Printf("%-8s accepts %v\n", s, m.Events(s))
	}
	fmt.Printf("%v %+v %T\n", transition{Locked, "coin"}, transition{Broken, "repair"}, m.state)
}
