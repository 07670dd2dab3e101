package main

import (
	"fmt"
	"slices"
	"strings"
)

type Elevator struct {
	floor    int
	requests []int
	state    State
	log      []string
	doorOpen int
}

// State is implemented by one type per state.
type State interface {
	Tick(e *Elevator) State
	Name() string
}

type Idle struct{}
type Moving struct{ dir int }
type DoorsOpen struct{ ticks int }
type Maintenance struct{ reason string }

func (Idle) Name() string          { return "idle" }
func (m Moving) Name() string      { return map[int]string{1: "up", -1: "down"}[m.dir] }
func (d DoorsOpen) Name() string   { return fmt.Sprintf("doors(%d)", d.ticks) }
func (m Maintenance) Name() string { return "maintenance: " + m.reason }

func (Idle) Tick(e *Elevator) State {
	if len(e.requests) == 0 {
		return Idle{}
	}
	target := e.requests[0]
	switch {
	case target > e.floor:
		return Moving{1}
	case target < e.floor:
		return Moving{-1}
	}
	e.requests = e.requests[1:]
	return DoorsOpen{}
}

func (m Moving) Tick(e *Elevator) State {
	e.floor += m.dir
	if i := slices.Index(e.requests, e.floor); i >= 0 {
		e.requests = slices.Delete(e.requests, i, i+1)
		return DoorsOpen{}
	}
	return m
}

func (d DoorsOpen) Tick(e *Elevator) State {
	e.doorOpen++
	if d.ticks >= 1 {
		return Idle{}
	}
	return DoorsOpen{d.ticks + 1}
}

func (m Maintenance) Tick(*Elevator) State { return m }

func (e *Elevator) Call(floor int) {
	if !slices.Contains(e.requests, floor) {
		e.requests = append(e.requests, floor)
	}
}

func (e *Elevator) Step() {
	prev := e.state
	e.state = e.state.Tick(e)
	if prev.Name() != e.state.Name() {
		e.log = append(e.log, fmt.Sprintf("%s->%s@%d", prev.Name(), e.state.Name(), e.floor))
	}
}

func main() {
	e := &Elevator{state: Idle{}}
	calls := map[int][]int{0: {5}, 2: {3}, 6: {1, 5}, 14: {0}}
	var trace strings.Builder
	for t := 0; t < 24; t++ {
		for _, f := range calls[t] {
			e.Call(f)
		}
		e.Step()
		fmt.Fprintf(&trace, "%d", e.floor)
		if _, ok := e.state.(DoorsOpen); ok {
			trace.WriteString("*")
		}
		trace.WriteString(" ")
	}
	fmt.Println(trace.String())
	for _, l := range e.log {
		fmt.Println(l)
	}
	fmt.Println("door ticks:", e.doorOpen, "pending:", e.requests)
	e.state = Maintenance{"annual inspection"}
	e.Call(7)
	e.Step()
	fmt.Printf("%s floor=%d pending=%v %T\n", e.state.Name(), e.floor, e.requests, e.state)
}
