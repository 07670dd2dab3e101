package main

import (
	"fmt"
	"slices"
	"strings"
)

type Direction int

const (
	Down Direction = iota - 1
	Still
	Up
)

func (d Direction) String() string {
	return map[Direction]string{Down: "v", Still: "-", Up: "^"}[d]
}

type Elevator struct {
	ID     int
	Floor  int
	Dir    Direction
	Stops  []int
	Riders int
}

func (e *Elevator) Step(log *[]string) {
	if len(e.Stops) == 0 {
		e.Dir = Still
		return
	}
	target := e.Stops[0]
	switch {
	case target > e.Floor:
		e.Floor++
		e.Dir = Up
	case target < e.Floor:
		e.Floor--
		e.Dir = Down
	}
	if i := slices.Index(e.Stops, e.Floor); i >= 0 {
		e.Stops = slices.Delete(e.Stops, i, i+1)
		*log = append(*log, fmt.Sprintf("E%d stops at %d", e.ID, e.Floor))
	}
}

type Building struct {
	Elevators []*Elevator
	log       []string
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (b *Building) Call(floor int) {
	best := slices.MinFunc(b.Elevators, func(x, y *Elevator) int {
		cx := abs(x.Floor-floor) + 2*len(x.Stops)
		cy := abs(y.Floor-floor) + 2*len(y.Stops)
		if cx != cy {
			return cx - cy
		}
		return x.ID - y.ID
	})
	if !slices.Contains(best.Stops, floor) {
		best.Stops = append(best.Stops, floor)
	}
	b.log = append(b.log, fmt.Sprintf("call %d -> E%d", floor, best.ID))
}

func (b *Building) Render() string {
	var parts []string
	for _, e := range b.Elevators {
		parts = append(parts, fmt.Sprintf("E%d@%d%v%v", e.ID, e.Floor, e.Dir, e.Stops))
	}
	return strings.Join(parts, " ")
}

func main() {
	b := &Building{Elevators: []*Elevator{{ID: 1}, {ID: 2, Floor: 10}}}
	calls := map[int][]int{0: {5, 8}, 2: {1}, 4: {9, 0}, 7: {3}}
	for tick := 0; tick < 14; tick++ {
		for _, f := range calls[tick] {
			b.Call(f)
		}
		for _, e := range b.Elevators {
			e.Step(&b.log)
		}
		fmt.Printf("t=%2d %s\n", tick, b.Render())
	}
	fmt.Println(strings.Join(b.log, "\n"))
}
