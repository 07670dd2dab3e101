package main

import (
	"fmt"
	"slices"
)

type Direction int

const (
	Down Direction = iota - 1
	Still
	Up
)

func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "still"
}

type Elevator struct {
	Floor    int
	Dir      Direction
	requests map[int]bool
	trace    []int
}

func (e *Elevator) Call(floors ...int) {
	if e.requests == nil {
		e.requests = map[int]bool{}
	}
	for _, f := range floors {
		e.requests[f] = true
	}
}

func (e *Elevator) pending(dir Direction) bool {
	for f := range e.requests {
		if (dir == Up && f > e.Floor) || (dir == Down && f < e.Floor) {
			return true
		}
	}
	return false
}

func (e *Elevator) Step() bool {
	if e.requests[e.Floor] {
		delete(e.requests, e.Floor)
		e.trace = append(e.trace, e.Floor)
		return true
	}
	if len(e.requests) == 0 {
		e.Dir = Still
		return false
	}
	if e.Dir == Still || !e.pending(e.Dir) {
		if e.pending(Up) {
			e.Dir = Up
		} else {
			e.Dir = Down
		}
	}
	e.Floor += int(e.Dir)
	return true
}

func main() {
	e := &Elevator{Floor: 3}
	e.Call(5, 1, 8)
	ticks := 0
	for e.Step() {
		ticks++
		if ticks == 4 {
			e.Call(2, 6)
		}
		if ticks > 50 {
			panic("runaway")
		}
	}
	fmt.Println("stops:", e.trace, "ticks:", ticks, "at", e.Floor, e.Dir)
	e.Call(0, 10, 4)
	for e.Step() {
		ticks++
	}
	fmt.Println("stops:", e.trace, "ticks:", ticks, "at", e.Floor, e.Dir)
	fmt.Println(slices.Max(e.trace), slices.Index(e.trace, 2), Direction(-1), Direction(1)+Down)
}
