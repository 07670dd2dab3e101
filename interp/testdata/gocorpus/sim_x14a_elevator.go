package main

import (
	"fmt"
	"slices"
	"strings"
)

type Direction int

const (
	Down Direction = iota - 1
	Idle
	Up
)

func (d Direction) String() string {
	return map[Direction]string{Down: "down", Idle: "idle", Up: "up"}[d]
}

type Elevator struct {
	Floor    int
	Dir      Direction
	requests map[int]bool
	log      []string
}

func (e *Elevator) Call(floors ...int) {
	if e.requests == nil {
		e.requests = make(map[int]bool)
	}
	for _, f := range floors {
		e.requests[f] = true
	}
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.requests {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

func (e *Elevator) Step() bool {
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return false
	}
	if e.requests[e.Floor] {
		delete(e.requests, e.Floor)
		e.log = append(e.log, fmt.Sprintf("open@%d", e.Floor))
		return true
	}
	above := slices.IndexFunc(fs, func(f int) bool { return f > e.Floor }) >= 0
	below := fs[0] < e.Floor
	switch {
	case e.Dir == Up && above, e.Dir != Down && !below:
		e.Dir = Up
	case below:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	e.Floor += int(e.Dir)
	return true
}

func main() {
	e := &Elevator{Floor: 3}
	e.Call(5, 1, 8)
	steps := 0
	for e.Step() {
		steps++
		if steps == 4 {
			e.Call(2, 6)
		}
		if steps > 50 {
			break
		}
	}
	fmt.Println("steps", steps, "floor", e.Floor, "dir", e.Dir)
	fmt.Println(strings.Join(e.log, " "))
	fmt.Printf("%v %d %s\n", []Direction{Down, Idle, Up}, Up, Direction(5))
}
