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

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const (
	Start  Event = "start"
	Pause  Event = "pause"
	Resume Event = "resume"
	Stop   Event = "stop"
)

type transition struct {
	from State
	ev   Event
}

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	table   map[transition]State
	hooks   map[State][]func(from, to State)
	history []string
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[transition]State{
			{Idle, Start}:    Running,
			{Running, Pause}: Paused,
			{Paused, Resume}: Running,
			{Running, Stop}:  Stopped,
			{Paused, Stop}:   Stopped,
			{Stopped, Start}: Running,
		},
		hooks: map[State][]func(from, to State){},
	}
	return m
}

func (m *Machine) OnEnter(s State, f func(from, to State)) {
	m.hooks[s] = append(m.hooks[s], f)
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("%w: %v on %q", ErrInvalid, m.state, ev)
	}
	prev := m.state
	m.state = next
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", prev, ev, next))
	for _, h := range m.hooks[next] {
		h(prev, next)
	}
	return nil
}

func (m Machine) State() State { return m.state }

func main() {
	m := NewMachine()
	runs := 0
	m.OnEnter(Running, func(from, to State) {
		runs++
		fmt.Printf("  hook: entered %v from %v (run #%d)\n", to, from, runs)
	})
	m.OnEnter(Stopped, func(_, _ State) { fmt.Println("  hook: cleanup") })

	for _, ev := range []Event{Start, Pause, Pause, Resume, Stop, Resume, Start, "explode"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%-7s => %v\n", ev, m.State())
	}
	fmt.Println(strings.Join(m.history, " | "))
	fmt.Printf("%v %d %s %q %x\n", Paused, Paused, State(9), Running, Stopped)
	fmt.Printf("%v %+v\n", transition{Idle, Start}, transition{Paused, Stop})

	counts := map[State]int{}
	for _, h := range m.history {
		to := h[strings.LastIndex(h, ">")+1:]
		for i, n := range stateNames {
			if n == to {
				counts[State(i)]++
			}
		}
	}
	fmt.Println(counts)
	switch s := m.State(); s {
	case Idle, Stopped:
		fmt.Println("not active")
	case Running:
		fmt.Println("active")
		fallthrough
	case Paused:
		fmt.Println("has a session")
	default:
		fmt.Println("unknown")
	}
}
