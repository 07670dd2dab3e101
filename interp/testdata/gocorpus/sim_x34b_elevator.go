package main

import (
	"fmt"
	"slices"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "idle"
}

type Elevator struct {
	Floor    int
	Dir      Direction
	Requests map[int]bool
	Log      []string
}

func NewElevator() *Elevator {
	return &Elevator{Requests: map[int]bool{}}
}

func (e *Elevator) Call(floor int) {
	if floor != e.Floor {
		e.Requests[floor] = true
	}
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.Requests {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

func (e *Elevator) Step() {
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return
	}
	if e.Dir == Idle {
		if fs[0] > e.Floor {
			e.Dir = Up
		} else {
			e.Dir = Down
		}
	}
	hasAbove := slices.ContainsFunc(fs, func(f int) bool { return f > e.Floor })
	hasBelow := slices.ContainsFunc(fs, func(f int) bool { return f < e.Floor })
	if e.Dir == Up && !hasAbove {
		e.Dir = Down
	} else if e.Dir == Down && !hasBelow {
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("stop@%d", e.Floor))
	}
}

func main() {
	e := NewElevator()
	calls := map[int][]int{0: {5, 2}, 3: {1}, 4: {7}, 9: {0, 3}}
	for tick := 0; tick < 25; tick++ {
		for _, f := range calls[tick] {
			e.Call(f)
		}
		e.Step()
		fmt.Printf("tick %2d floor %d dir %-4v pending %v\n", tick, e.Floor, e.Dir, e.pending())
		if e.Dir == Idle && tick > 9 {
			break
		}
	}
	fmt.Println(e.Log)
	fmt.Printf("%#v\n", e.Dir)
}
