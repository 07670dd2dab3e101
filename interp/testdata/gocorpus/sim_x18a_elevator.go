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

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	Floor    int
	Dir      Direction
	Requests map[int]bool
	Log      []string
}

func NewElevator() *Elevator { return &Elevator{Requests: map[int]bool{}} }

func (e *Elevator) Call(f int) { e.Requests[f] = true }

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.Requests {
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
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("open@%d", e.Floor))
		return true
	}
	above := slices.IndexFunc(fs, func(f int) bool { return f > e.Floor }) >= 0
	below := fs[0] < e.Floor
	switch {
	case e.Dir == Up && above, e.Dir != Down && !below:
		e.Dir = Up
		e.Floor++
	default:
		if below {
			e.Dir = Down
			e.Floor--
		} else {
			e.Dir = Up
			e.Floor++
		}
	}
	return true
}

func main() {
	e := NewElevator()
	e.Floor = 3
	for _, f := range []int{5, 1, 8} {
		e.Call(f)
	}
	steps := 0
	for e.Step() {
		steps++
		if steps == 4 {
			e.Call(2)
			e.Call(7)
		}
		if steps > 100 {
			break
		}
	}
	fmt.Println("steps", steps, "floor", e.Floor, "dir", e.Dir)
	fmt.Println(e.Log)
	fmt.Printf("%v %d\n", Down, Down)
}
