package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Closed State = iota
	Open
	Locked
)

func (s State) String() string {
	switch s {
	case Closed:
		return "Closed"
	case Open:
		return "Open"
	case Locked:
		return "Locked"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const (
	Push   Event = "push"
	Pull   Event = "pull"
	Lock   Event = "lock"
	Unlock Event = "unlock"
)

type transition struct {
	from State
	ev   Event
}

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	table   map[transition]State
	onEnter map[State]func(from State)
	history []State
}

func NewMachine() *Machine {
	m := &Machine{
		state: Closed,
		table: map[transition]State{
			{Closed, Pull}:   Open,
			{Open, Push}:     Closed,
			{Closed, Lock}:   Locked,
			{Locked, Unlock}: Closed,
		},
		onEnter: map[State]func(State){},
	}
	return m
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("%w: %v on %q", ErrInvalid, m.state, ev)
	}
	prev := m.state
	m.history = append(m.history, prev)
	m.state = next
	if f := m.onEnter[next]; f != nil {
		f(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	lockCount := 0
	m.onEnter[Locked] = func(from State) {
		lockCount++
		fmt.Printf("  locked (from %v), count=%d\n", from, lockCount)
	}
	m.onEnter[Open] = func(State) { fmt.Println("  door creaks open") }

	events := []Event{Pull, Lock, Push, Lock, Pull, Unlock, Pull, Push, Lock, "kick"}
	failures := 0
	for _, ev := range events {
		err := m.Fire(ev)
		switch {
		case errors.Is(err, ErrInvalid):
			failures++
			fmt.Println("rejected:", err)
		case err != nil:
			fmt.Println("other:", err)
		default:
			fmt.Printf("%-6s -> %v\n", ev, m.state)
		}
	}
	fmt.Println("history:", m.history, "final:", m.state, "failures:", failures)
	fmt.Printf("%v %d %s %x\n", State(7), Locked, Open, Locked)
}
