package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dir int

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string {
	switch d {
	case Up:
		return "↑"
	case Down:
		return "↓"
	}
	return "·"
}

type Elevator struct {
	Floor    int
	Dir      Dir
	Requests map[int]bool
	Log      []string
}

func (e *Elevator) Call(floors ...int) {
	for _, f := range floors {
		e.Requests[f] = true
	}
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.Requests {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) Step() bool {
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return false
	}
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("stop@%d", e.Floor))
		return true
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
	e := &Elevator{Floor: 3, Requests: map[int]bool{}}
	e.Call(5, 1, 7)
	tick := 0
	for e.Step() {
		tick++
		fmt.Printf("t=%02d floor=%d %v pending=%v\n", tick, e.Floor, e.Dir, e.pending())
		if tick == 4 {
			e.Call(2, 6)
		}
		if tick > 40 {
			fmt.Println("runaway")
			break
		}
	}
	fmt.Println(strings.Join(e.Log, " -> "))
	fmt.Printf("final %+v\n", *e)
}
