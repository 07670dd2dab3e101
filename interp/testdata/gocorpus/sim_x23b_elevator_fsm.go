package main

import (
	"fmt"
	"slices"
	"strings"
)

type State int

const (
	Idle State = iota
	MovingUp
	MovingDown
	DoorsOpen
)

func (s State) String() string {
	return [...]string{"Idle", "Up", "Down", "Open"}[s]
}

type Elevator struct {
	Floor    int
	State    State
	Requests []int
	Log      []string
}

func (e *Elevator) Call(f int) {
	if !slices.Contains(e.Requests, f) && f != e.Floor {
		e.Requests = append(e.Requests, f)
	}
}

func (e *Elevator) Step() bool {
	prev := e.State
	switch e.State {
	case DoorsOpen:
		e.State = Idle
	case Idle:
		if len(e.Requests) == 0 {
			return false
		}
		if e.Requests[0] > e.Floor {
			e.State = MovingUp
		} else {
			e.State = MovingDown
		}
	case MovingUp, MovingDown:
		if e.State == MovingUp {
			e.Floor++
		} else {
			e.Floor--
		}
		if i := slices.Index(e.Requests, e.Floor); i >= 0 {
			e.Requests = slices.Delete(e.Requests, i, i+1)
			e.State = DoorsOpen
		}
	}
	e.Log = append(e.Log, fmt.Sprintf("%v->%v@%d", prev, e.State, e.Floor))
	return true
}

func main() {
	e := &Elevator{}
	calls := map[int][]int{0: {5, 2}, 3: {1}, 6: {5}, 9: {0, 7}}
	for tick := 0; tick < 40; tick++ {
		for _, f := range calls[tick] {
			e.Call(f)
		}
		if !e.Step() && tick > 9 {
			fmt.Println("idle at tick", tick)
			break
		}
	}
	for i := 0; i < len(e.Log); i += 6 {
		end := min(i+6, len(e.Log))
		fmt.Println(strings.Join(e.Log[i:end], " "))
	}
	fmt.Printf("final %+v\n", *e)
}
