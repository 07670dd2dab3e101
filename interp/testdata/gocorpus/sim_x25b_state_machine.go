package main

import (
	"errors"
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

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Paused:
		return "Paused"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

var ErrBadTransition = errors.New("bad transition")

type Machine struct {
	state   State
	table   map[transition]State
	onEnter map[State]func(from State)
	trail   []string
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
		onEnter: map[State]func(State){},
	}
	m.onEnter[Stopped] = func(from State) { m.trail = append(m.trail, "cleanup after "+from.String()) }
	return m
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("%w: %v --%s-->?", ErrBadTransition, m.state, ev)
	}
	prev := m.state
	m.state = next
	m.trail = append(m.trail, fmt.Sprintf("%v->%v", prev, next))
	if f := m.onEnter[next]; f != nil {
		f(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	for _, ev := range []Event{"start", "pause", "pause", "resume", "stop", "start"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
		}
	}
	fmt.Println(strings.Join(m.trail, " | "))
	fmt.Println(m.state, State(7), []State{Idle, Paused})
	fmt.Printf("%v %d %s %q\n", m.state, m.state, Running, Paused)
	counts := map[State]int{}
	for _, s := range []State{Idle, Running, Running, Stopped} {
		counts[s]++
	}
	fmt.Println(counts)
	type kv struct {
		k State
		v int
	}
	fmt.Printf("%v %+v\n", kv{Paused, 1}, kv{Stopped, 2})
}
