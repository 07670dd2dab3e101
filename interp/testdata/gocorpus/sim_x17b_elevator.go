package main

import (
	"fmt"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	Floor    int
	Dir      Direction
	Requests map[int]bool
	Log      []string
}

type Event interface {
	Apply(*Elevator)
}

type Call struct{ Floor int }
type Tick struct{}

func (c Call) Apply(e *Elevator) {
	e.Requests[c.Floor] = true
	e.logf("call %d", c.Floor)
}

func (Tick) Apply(e *Elevator) {
	if len(e.Requests) == 0 {
		e.Dir = Idle
		return
	}
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.logf("open at %d", e.Floor)
		return
	}
	target := e.nearest()
	switch {
	case target > e.Floor:
		e.Dir = Up
		e.Floor++
	case target < e.Floor:
		e.Dir = Down
		e.Floor--
	}
	e.logf("move %v to %d", e.Dir, e.Floor)
}

func (e *Elevator) nearest() int {
	best, bestD := -1, 1<<30
	for f := range e.Requests {
		d := f - e.Floor
		if d < 0 {
			d = -d
		}
		if d < bestD || (d == bestD && f < best) {
			best, bestD = f, d
		}
	}
	return best
}

func (e *Elevator) logf(format string, args ...any) {
	e.Log = append(e.Log, fmt.Sprintf(format, args...))
}

func main() {
	e := &Elevator{Requests: map[int]bool{}}
	events := []Event{Call{3}, Tick{}, Call{1}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}, Tick{}}
	for i, ev := range events {
		ev.Apply(e)
		fmt.Printf("t=%02d %-7T floor=%d dir=%v pending=%v\n", i, ev, e.Floor, e.Dir, e.Requests)
	}
	fmt.Println(strings.Join(e.Log, "; "))
	fmt.Printf("%+v\n", Call{2})
	fmt.Printf("%v %d\n", Down, Down)
}
