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

func (d Direction) String() string {
	return [...]string{"idle", "up", "down"}[d]
}

type Request struct {
	Time, From, To int
}

type Elevator struct {
	Floor     int
	Dir       Direction
	stops     map[int]bool
	riders    []Request
	delivered int
}

func (e *Elevator) nextDir() Direction {
	if len(e.stops) == 0 {
		return Idle
	}
	above, below := false, false
	for f := range e.stops {
		if f > e.Floor {
			above = true
		} else if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		return Up
	case below:
		return Down
	case above:
		return Up
	}
	return Idle
}

func (e *Elevator) Tick(t int, waiting *[]Request) {
	// load riders waiting at this floor
	keep := (*waiting)[:0]
	for _, r := range *waiting {
		if r.Time <= t && r.From == e.Floor {
			e.riders = append(e.riders, r)
			e.stops[r.To] = true
			fmt.Printf("t=%02d floor %d: pick up (%d->%d)\n", t, e.Floor, r.From, r.To)
		} else {
			if r.Time <= t {
				e.stops[r.From] = true
			}
			keep = append(keep, r)
		}
	}
	*waiting = keep
	// unload
	e.riders = slices.DeleteFunc(e.riders, func(r Request) bool {
		if r.To == e.Floor {
			e.delivered++
			fmt.Printf("t=%02d floor %d: drop off (waited %d)\n", t, e.Floor, t-r.Time)
			return true
		}
		return false
	})
	delete(e.stops, e.Floor)
	e.Dir = e.nextDir()
	switch e.Dir {
	case Up:
		e.Floor++
	case Down:
		e.Floor--
	}
}

func main() {
	reqs := []Request{{0, 0, 5}, {1, 3, 1}, {2, 6, 0}, {4, 2, 7}, {9, 7, 4}}
	e := &Elevator{stops: map[int]bool{}}
	for t := 0; t < 40 && (len(reqs) > 0 || len(e.riders) > 0); t++ {
		e.Tick(t, &reqs)
		if t%5 == 0 {
			fmt.Printf("  [t=%d at %d going %v, %d aboard]\n", t, e.Floor, e.Dir, len(e.riders))
		}
	}
	fmt.Println("delivered", e.delivered, "final floor", e.Floor, e.Dir)
}
