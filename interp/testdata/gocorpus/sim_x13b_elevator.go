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

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Request struct {
	At    int
	Floor int
}

type Elevator struct {
	Floor   int
	Dir     Direction
	Stops   map[int]bool
	Log     []string
	visited []int
}

func (e *Elevator) Call(floor int) {
	if floor != e.Floor {
		e.Stops[floor] = true
	}
}

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.Stops {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) Step(tick int) {
	above := e.pending(func(f int) bool { return f > e.Floor })
	below := e.pending(func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && above, e.Dir == Idle && above && !below:
		e.Dir = Up
	case e.Dir == Down && below, e.Dir == Idle && below:
		e.Dir = Down
	case above:
		e.Dir = Up
	case below:
		e.Dir = Down
	default:
		e.Dir = Idle
		return
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	if e.Stops[e.Floor] {
		delete(e.Stops, e.Floor)
		e.visited = append(e.visited, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("t=%02d stop at %d going %v", tick, e.Floor, e.Dir))
	}
}

func main() {
	reqs := []Request{{0, 5}, {1, 2}, {2, 8}, {6, 1}, {7, 6}, {12, 3}, {12, 9}, {20, 0}}
	e := &Elevator{Stops: map[int]bool{}}
	var trace strings.Builder
	for tick := 0; tick < 40; tick++ {
		for _, r := range reqs {
			if r.At == tick {
				e.Call(r.Floor)
			}
		}
		e.Step(tick)
		trace.WriteString(fmt.Sprint(e.Floor))
		if tick > 24 && len(e.Stops) == 0 && e.Dir == Idle {
			break
		}
	}
	fmt.Println(strings.Join(e.Log, "\n"))
	fmt.Println("trace:", trace.String())
	fmt.Println("visited:", e.visited, "final:", e.Floor, e.Dir)
	sorted := slices.Clone(e.visited)
	slices.Sort(sorted)
	fmt.Println(slices.Compact(sorted), len(e.Stops))
}
