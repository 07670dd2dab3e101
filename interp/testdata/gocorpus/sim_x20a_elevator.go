package main

import (
	"fmt"
	"slices"
	"strings"
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
		return "↑"
	case Down:
		return "↓"
	}
	return "-"
}

type Request struct {
	At    int
	Floor int
}

type Elevator struct {
	Floor   int
	Dir     Direction
	Stops   map[int]bool
	Visited []int
	Moves   int
}

func (e *Elevator) Call(f int) { e.Stops[f] = true }

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.Stops {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) Tick() string {
	if e.Stops[e.Floor] {
		delete(e.Stops, e.Floor)
		e.Visited = append(e.Visited, e.Floor)
		return fmt.Sprintf("open at %d", e.Floor)
	}
	above := e.pending(func(f int) bool { return f > e.Floor })
	below := e.pending(func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case e.Dir == Down && below, below:
		e.Dir = Down
	case above:
		e.Dir = Up
	default:
		e.Dir = Idle
		return "idle"
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	e.Moves++
	return fmt.Sprintf("move %v to %d", e.Dir, e.Floor)
}

func main() {
	reqs := []Request{{0, 5}, {1, 2}, {3, 8}, {4, 1}, {12, 3}, {12, 7}}
	e := &Elevator{Stops: map[int]bool{}}
	var log []string
	for t := 0; t < 30; t++ {
		for _, r := range reqs {
			if r.At == t {
				e.Call(r.Floor)
			}
		}
		msg := e.Tick()
		if msg != "idle" || t%10 == 0 {
			log = append(log, fmt.Sprintf("t=%02d %s", t, msg))
		}
		if len(e.Stops) == 0 && t > 12 {
			break
		}
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("visited:", e.Visited, "moves:", e.Moves)
	sorted := slices.Clone(e.Visited)
	slices.Sort(sorted)
	fmt.Println("distinct floors:", slices.Compact(sorted))
}
