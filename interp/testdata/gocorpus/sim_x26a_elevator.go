package main

import (
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	MovingUp
	MovingDown
	DoorsOpen
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case MovingUp:
		return "up"
	case MovingDown:
		return "down"
	case DoorsOpen:
		return "open"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Elevator struct {
	floor    int
	state    State
	requests map[int]bool
	log      []string
}

func (e *Elevator) Call(f int) { e.requests[f] = true }

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.requests {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) Step() bool {
	switch e.state {
	case DoorsOpen:
		e.state = Idle
	case Idle, MovingUp, MovingDown:
		if e.requests[e.floor] {
			delete(e.requests, e.floor)
			e.state = DoorsOpen
			break
		}
		p := e.pending()
		if len(p) == 0 {
			e.state = Idle
			return false
		}
		target := p[0]
		if e.state == MovingUp || (e.state == Idle && p[len(p)-1] > e.floor) {
			for _, f := range p {
				if f > e.floor {
					target = f
					break
				}
			}
		}
		if target > e.floor {
			e.state = MovingUp
			e.floor++
		} else {
			e.state = MovingDown
			e.floor--
		}
	}
	e.log = append(e.log, fmt.Sprintf("%d:%v", e.floor, e.state))
	return true
}

func main() {
	e := &Elevator{requests: map[int]bool{}}
	e.Call(3)
	e.Call(1)
	steps := 0
	for e.Step() {
		steps++
		if steps == 2 {
			e.Call(0)
			e.Call(5)
		}
		if steps > 50 {
			fmt.Println("runaway")
			break
		}
	}
	fmt.Println(steps, e.floor, e.state)
	for i := 0; i < len(e.log); i += 6 {
		fmt.Println(e.log[i:min(i+6, len(e.log))])
	}
	fmt.Println(State(7), e.requests)
	fmt.Printf("%v %d %s\n", MovingDown, MovingDown, DoorsOpen)
}
