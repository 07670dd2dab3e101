package main

import (
	"fmt"
	"slices"
)

type State int

const (
	Idle State = iota
	MovingUp
	MovingDown
	DoorsOpen
)

var stateNames = map[State]string{Idle: "idle", MovingUp: "up", MovingDown: "down", DoorsOpen: "open"}

func (s State) String() string { return stateNames[s] }

type Elevator struct {
	Floor    int
	State    State
	requests []int
	log      []string
}

func (e *Elevator) Call(floor int) {
	if !slices.Contains(e.requests, floor) {
		e.requests = append(e.requests, floor)
	}
}

func (e *Elevator) logf(format string, args ...any) {
	e.log = append(e.log, fmt.Sprintf("[f%d %-4v] ", e.Floor, e.State)+fmt.Sprintf(format, args...))
}

func (e *Elevator) Tick() bool {
	switch e.State {
	case DoorsOpen:
		e.State = Idle
		e.logf("doors close")
		return true
	case Idle:
		if len(e.requests) == 0 {
			return false
		}
		target := e.requests[0]
		switch {
		case target > e.Floor:
			e.State = MovingUp
		case target < e.Floor:
			e.State = MovingDown
		default:
			e.requests = e.requests[1:]
			e.State = DoorsOpen
			e.logf("arrived")
		}
		return true
	default:
		if e.State == MovingUp {
			e.Floor++
		} else {
			e.Floor--
		}
		if i := slices.Index(e.requests, e.Floor); i >= 0 {
			e.requests = slices.Delete(e.requests, i, i+1)
			e.State = DoorsOpen
			e.logf("stop, pending %v", e.requests)
		}
		return true
	}
}

func main() {
	e := &Elevator{}
	e.Call(5)
	e.Call(2)
	e.Call(0)
	ticks := 0
	for e.Tick() {
		ticks++
		if ticks == 3 {
			e.Call(7)
			e.Call(2)
		}
	}
	for _, l := range e.log {
		fmt.Println(l)
	}
	fmt.Println("ticks:", ticks, "final:", e.Floor, e.State)
}
