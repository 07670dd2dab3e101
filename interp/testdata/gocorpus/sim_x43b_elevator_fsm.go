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
	Requests []int
	Trace    []string
}

func (e *Elevator) Call(f int) {
	if !slices.Contains(e.Requests, f) {
		e.Requests = append(e.Requests, f)
	}
}

func (e *Elevator) Step() bool {
	if len(e.Requests) == 0 {
		e.Dir = Idle
		return false
	}
	if i := slices.Index(e.Requests, e.Floor); i >= 0 {
		e.Requests = slices.Delete(e.Requests, i, i+1)
		e.Trace = append(e.Trace, fmt.Sprintf("open@%d", e.Floor))
		return true
	}
	above := slices.ContainsFunc(e.Requests, func(f int) bool { return f > e.Floor })
	below := slices.ContainsFunc(e.Requests, func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case below:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	return true
}

func main() {
	e := &Elevator{}
	calls := map[int][]int{0: {5, 2}, 3: {1}, 6: {8, 0}, 12: {4}}
	for tick := 0; tick < 40; tick++ {
		for _, f := range calls[tick] {
			e.Call(f)
		}
		if !e.Step() && tick > 12 {
			fmt.Println("idle at tick", tick)
			break
		}
	}
	fmt.Println(e.Trace)
	fmt.Printf("%v floor=%d dir=%v\n", len(e.Trace), e.Floor, e.Dir)
	fmt.Printf("%+v\n", *e)
}
