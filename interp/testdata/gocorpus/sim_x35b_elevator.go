package main

import (
	"fmt"
	"sort"
	"strings"
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
	Floor     int
	Dir       Direction
	stops     map[int]bool
	minF      int
	maxF      int
	travelled int
	log       []string
}

func NewElevator(minF, maxF int) *Elevator {
	return &Elevator{minF: minF, maxF: maxF, stops: map[int]bool{}}
}

func (e *Elevator) Call(floor int) error {
	if floor < e.minF || floor > e.maxF {
		return fmt.Errorf("floor %d out of range [%d,%d]", floor, e.minF, e.maxF)
	}
	if floor != e.Floor {
		e.stops[floor] = true
	}
	return nil
}

func (e *Elevator) pending() []int {
	fs := make([]int, 0, len(e.stops))
	for f := range e.stops {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

// Step moves one floor using the SCAN strategy.
func (e *Elevator) Step() bool {
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return false
	}
	above := fs[len(fs)-1] > e.Floor
	below := fs[0] < e.Floor
	switch {
	case e.Dir == Up && !above, e.Dir == Down && !below, e.Dir == Idle:
		if above && (e.Dir != Up || !below) && !(e.Dir == Down && below) {
			e.Dir = Up
		} else {
			e.Dir = Down
		}
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	e.travelled++
	if e.stops[e.Floor] {
		delete(e.stops, e.Floor)
		e.log = append(e.log, fmt.Sprintf("stop@%d(%v)", e.Floor, e.Dir))
	}
	return true
}

func main() {
	e := NewElevator(-1, 10)
	e.Floor = 3
	calls := map[int][]int{0: {7, 1, 5}, 2: {9, -1}, 5: {2, 12}, 9: {4}}
	for tick := 0; tick < 40; tick++ {
		for _, f := range calls[tick] {
			if err := e.Call(f); err != nil {
				fmt.Println("tick", tick, "error:", err)
			}
		}
		if !e.Step() && tick > 9 {
			fmt.Println("idle at tick", tick)
			break
		}
	}
	fmt.Println(strings.Join(e.log, " "))
	fmt.Printf("floor=%d dir=%v travelled=%d pending=%v\n", e.Floor, e.Dir, e.travelled, e.pending())
}
