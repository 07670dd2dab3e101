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
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "idle"
}

type Call struct {
	At    int
	Floor int
}

type Elevator struct {
	floor    int
	dir      Direction
	stops    []int
	served   []int
	traveled int
}

func (e *Elevator) request(f int) {
	if f == e.floor && e.dir == Still {
		e.served = append(e.served, f)
		return
	}
	if !slices.Contains(e.stops, f) {
		e.stops = append(e.stops, f)
	}
}

func (e *Elevator) chooseDir() {
	if len(e.stops) == 0 {
		e.dir = Still
		return
	}
	if e.dir == Still {
		nearest := e.stops[0]
		for _, s := range e.stops {
			if abs(s-e.floor) < abs(nearest-e.floor) {
				nearest = s
			}
		}
		if nearest > e.floor {
			e.dir = Up
		} else {
			e.dir = Down
		}
		return
	}
	for _, s := range e.stops {
		if (e.dir == Up && s > e.floor) || (e.dir == Down && s < e.floor) {
			return
		}
	}
	e.dir = -e.dir
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (e *Elevator) step() string {
	e.chooseDir()
	if e.dir == Still {
		return fmt.Sprintf("floor %d idle", e.floor)
	}
	e.floor += int(e.dir)
	e.traveled++
	msg := fmt.Sprintf("floor %d going %v", e.floor, e.dir)
	if i := slices.Index(e.stops, e.floor); i >= 0 {
		e.stops = slices.Delete(e.stops, i, i+1)
		e.served = append(e.served, e.floor)
		msg += " *stop*"
	}
	return msg
}

func main() {
	calls := []Call{{0, 5}, {1, 2}, {3, 8}, {4, 1}, {9, 3}, {10, 3}, {15, 0}}
	e := &Elevator{}
	var trace []string
	ci := 0
	for t := 0; t < 30; t++ {
		for ci < len(calls) && calls[ci].At == t {
			e.request(calls[ci].Floor)
			ci++
		}
		line := e.step()
		if len(e.stops) > 0 {
			line += fmt.Sprintf(" pending=%v", e.stops)
		}
		trace = append(trace, fmt.Sprintf("t=%02d %s", t, line))
		if ci == len(calls) && len(e.stops) == 0 && e.dir == Still {
			break
		}
	}
	fmt.Println(strings.Join(trace, "\n"))
	fmt.Println("served:", e.served, "traveled:", e.traveled)
	fmt.Printf("%v %v %v %d\n", Up, Down, Still, Down)
}
