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
	requests []int
	log      []string
}

func (e *Elevator) Call(f int) {
	if !slices.Contains(e.requests, f) && f != e.Floor {
		e.requests = append(e.requests, f)
	}
}

func (e *Elevator) Step() bool {
	if len(e.requests) == 0 {
		e.Dir = Idle
		return false
	}
	target := e.requests[0]
	if e.Dir == Up {
		best := -1
		for _, r := range e.requests {
			if r > e.Floor && (best == -1 || r < best) {
				best = r
			}
		}
		if best != -1 {
			target = best
		}
	}
	switch {
	case target > e.Floor:
		e.Dir = Up
		e.Floor++
	case target < e.Floor:
		e.Dir = Down
		e.Floor--
	}
	if i := slices.Index(e.requests, e.Floor); i >= 0 {
		e.requests = slices.Delete(e.requests, i, i+1)
		e.log = append(e.log, fmt.Sprintf("stop@%d", e.Floor))
	}
	return true
}

func main() {
	e := &Elevator{}
	calls := map[int][]int{0: {5, 2}, 3: {1}, 6: {7, 0}}
	for tick := 0; tick < 30; tick++ {
		for _, c := range calls[tick] {
			e.Call(c)
		}
		moved := e.Step()
		fmt.Printf("t=%02d floor=%d dir=%-4v pending=%v\n", tick, e.Floor, e.Dir, e.requests)
		if !moved && tick > 6 {
			break
		}
	}
	fmt.Println(e.log)
	fmt.Printf("%v %d %s\n", e.Dir, e.Dir, Direction(2))
}
