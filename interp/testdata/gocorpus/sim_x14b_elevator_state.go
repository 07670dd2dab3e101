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

func (e *Elevator) Call(floors ...int) {
	for _, f := range floors {
		if !slices.Contains(e.Requests, f) && f != e.Floor {
			e.Requests = append(e.Requests, f)
		}
	}
}

func (e *Elevator) Tick() bool {
	if len(e.Requests) == 0 {
		e.State = Idle
		return false
	}
	target := e.Requests[0]
	switch {
	case e.State == DoorsOpen:
		e.State = Idle
	case target > e.Floor:
		e.State = MovingUp
		e.Floor++
	case target < e.Floor:
		e.State = MovingDown
		e.Floor--
	}
	if i := slices.Index(e.Requests, e.Floor); i >= 0 && e.State != Idle {
		e.Requests = slices.Delete(e.Requests, i, i+1)
		e.State = DoorsOpen
	}
	e.Log = append(e.Log, fmt.Sprintf("%d%s", e.Floor, e.State.String()[:1]))
	return true
}

func main() {
	e := &Elevator{}
	e.Call(5, 2, 0, 3)
	ticks := 0
	for e.Tick() {
		ticks++
		if ticks == 4 {
			e.Call(1, 4)
		}
		if ticks > 50 {
			panic("runaway")
		}
	}
	fmt.Println(ticks, e.Floor, e.State)
	fmt.Println(strings.Join(e.Log, " "))
	fmt.Printf("%v %d %s\n", MovingDown, MovingDown, DoorsOpen)
}
