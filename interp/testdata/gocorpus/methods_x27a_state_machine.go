package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = map[State]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string { return stateNames[s] }

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state  State
	table  map[transition]State
	hooks  map[State][]func(from State)
	events []string
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		hooks: map[State][]func(State){},
	}
	return m
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(e Event) error {
	next, ok := m.table[transition{m.state, e}]
	if !ok {
		return fmt.Errorf("no transition from %v on %q", m.state, e)
	}
	prev := m.state
	m.state = next
	for _, h := range m.hooks[next] {
		h(prev)
	}
	return nil
}

type Runner interface {
	Fire(Event) error
}

func drive(r Runner, script string) []error {
	var errs []error
	for _, ev := range strings.Fields(script) {
		if err := r.Fire(Event(ev)); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func main() {
	m := NewMachine()
	runs := 0
	m.On(Running, func(from State) {
		runs++
		m.events = append(m.events, fmt.Sprintf("%v->Running#%d", from, runs))
	})
	m.On(Stopped, func(from State) { m.events = append(m.events, "stopped from "+from.String()) })
	errs := drive(m, "pause start pause resume pause resume stop start")
	fmt.Println(m.state)
	for _, e := range m.events {
		fmt.Println(" ", e)
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	fmt.Printf("%v %d %s\n", Paused, Paused, State(9))
}
