package main

import (
	"errors"
	"fmt"
)

type State string

const (
	Red    State = "RED"
	Green  State = "GREEN"
	Yellow State = "YELLOW"
	Flash  State = "FLASHING"
)

type Event int

const (
	Tick Event = iota
	Fault
	Reset
)

var ErrBadTransition = errors.New("bad transition")

type Light struct {
	state    State
	elapsed  int
	duration map[State]int
	history  []State
}

func (l *Light) enter(s State) {
	l.state = s
	l.elapsed = 0
	l.history = append(l.history, s)
}

func (l *Light) Handle(ev Event) error {
	switch ev {
	case Fault:
		l.enter(Flash)
		return nil
	case Reset:
		if l.state != Flash {
			return fmt.Errorf("reset from %s: %w", l.state, ErrBadTransition)
		}
		l.enter(Red)
		return nil
	}
	if l.state == Flash {
		return nil
	}
	l.elapsed++
	if l.elapsed < l.duration[l.state] {
		return nil
	}
	next := map[State]State{Red: Green, Green: Yellow, Yellow: Red}
	l.enter(next[l.state])
	return nil
}

func main() {
	l := &Light{duration: map[State]int{Red: 4, Green: 3, Yellow: 1}}
	l.enter(Red)
	script := []Event{Tick, Tick, Tick, Tick, Tick, Tick, Reset, Tick, Tick, Fault, Tick, Reset, Tick}
	for i, ev := range script {
		before := l.state
		if err := l.Handle(ev); err != nil {
			fmt.Printf("%2d: error: %v (is bad: %t)\n", i, err, errors.Is(err, ErrBadTransition))
			continue
		}
		if before != l.state {
			fmt.Printf("%2d: %s -> %s\n", i, before, l.state)
		}
	}
	counts := map[State]int{}
	for _, s := range l.history {
		counts[s]++
	}
	fmt.Println(counts)
	fmt.Printf("%q\n", l.history)
}
