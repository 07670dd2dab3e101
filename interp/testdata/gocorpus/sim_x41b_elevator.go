package main

import (
	"fmt"
	"slices"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string {
	return [...]string{"idle", "up", "down"}[d]
}

type Elevator struct {
	ID        int
	Floor     int
	Dir       Direction
	Stops     []int
	Capacity  int
	Passenger int
}

type Request struct {
	Tick, From, To int
}

type Building struct {
	Floors    int
	Elevators []*Elevator
	pending   []Request
	delivered int
}

func (b *Building) Dispatch(r Request) *Elevator {
	var best *Elevator
	bestCost := 1 << 30
	for _, e := range b.Elevators {
		cost := abs(e.Floor-r.From) + 2*len(e.Stops)
		if e.Passenger >= e.Capacity {
			cost += 100
		}
		if cost < bestCost {
			best, bestCost = e, cost
		}
	}
	best.addStop(r.From)
	best.addStop(r.To)
	return best
}

func (e *Elevator) addStop(f int) {
	if !slices.Contains(e.Stops, f) {
		e.Stops = append(e.Stops, f)
	}
}

func (e *Elevator) Step() (arrived bool) {
	if len(e.Stops) == 0 {
		e.Dir = Idle
		return false
	}
	target := e.Stops[0]
	switch {
	case target > e.Floor:
		e.Dir = Up
		e.Floor++
	case target < e.Floor:
		e.Dir = Down
		e.Floor--
	}
	if e.Floor == target {
		e.Stops = e.Stops[1:]
		return true
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (e *Elevator) String() string {
	return fmt.Sprintf("E%d@%d(%v,%v)", e.ID, e.Floor, e.Dir, e.Stops)
}

func main() {
	b := &Building{Floors: 10}
	for i := 1; i <= 2; i++ {
		b.Elevators = append(b.Elevators, &Elevator{ID: i, Floor: (i - 1) * 9, Capacity: 4})
	}
	reqs := []Request{{0, 0, 5}, {1, 8, 2}, {3, 3, 9}, {4, 7, 0}, {6, 1, 4}, {9, 5, 6}}
	for tick := 0; tick < 20; tick++ {
		for _, r := range reqs {
			if r.Tick == tick {
				e := b.Dispatch(r)
				fmt.Printf("t=%02d request %d->%d assigned to E%d\n", tick, r.From, r.To, e.ID)
			}
		}
		var parts []string
		for _, e := range b.Elevators {
			if e.Step() {
				b.delivered++
				parts = append(parts, fmt.Sprintf("E%d stop@%d", e.ID, e.Floor))
			}
		}
		if tick%4 == 0 || len(parts) > 0 {
			fmt.Printf("t=%02d %v %s\n", tick, b.Elevators, strings.Join(parts, " "))
		}
	}
	fmt.Println("stops served:", b.delivered)
}
