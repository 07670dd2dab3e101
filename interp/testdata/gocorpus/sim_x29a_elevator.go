package main

import (
	"fmt"
	"sort"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	return [...]string{"idle", "up", "down"}[d]
}

type Request struct {
	Time  int
	Floor int
}

type Elevator struct {
	Floor    int
	Dir      Direction
	stops    map[int]bool
	traveled int
	served   []int
}

func NewElevator() *Elevator {
	return &Elevator{stops: make(map[int]bool)}
}

func (e *Elevator) Call(floor int) {
	if floor != e.Floor || e.Dir != Idle {
		e.stops[floor] = true
	}
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.stops {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) chooseDirection() {
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return
	}
	above, below := false, false
	for _, f := range fs {
		if f > e.Floor {
			above = true
		} else if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case below:
		e.Dir = Down
	case above:
		e.Dir = Up
	default:
		e.Dir = Idle
	}
}

func (e *Elevator) Tick() string {
	if e.stops[e.Floor] {
		delete(e.stops, e.Floor)
		e.served = append(e.served, e.Floor)
		return fmt.Sprintf("doors open at %d", e.Floor)
	}
	e.chooseDirection()
	switch e.Dir {
	case Up:
		e.Floor++
		e.traveled++
	case Down:
		e.Floor--
		e.traveled++
	case Idle:
		return "waiting"
	}
	return fmt.Sprintf("moving %v to %d", e.Dir, e.Floor)
}

func main() {
	requests := []Request{{0, 5}, {1, 2}, {3, 8}, {4, 1}, {12, 3}, {12, 0}}
	e := NewElevator()
	next := 0
	for t := 0; t < 30; t++ {
		for next < len(requests) && requests[next].Time == t {
			fmt.Printf("t=%2d call floor %d\n", t, requests[next].Floor)
			e.Call(requests[next].Floor)
			next++
		}
		status := e.Tick()
		fmt.Printf("t=%2d [floor %d, %-4v] %s\n", t, e.Floor, e.Dir, status)
		if next == len(requests) && len(e.stops) == 0 && e.Dir == Idle {
			break
		}
	}
	fmt.Println("served order:", e.served)
	fmt.Println("floors traveled:", e.traveled)
	fmt.Printf("%v %d %s\n", Down, Down, Up)
}
