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
	switch d {
	case Up:
		return "↑"
	case Down:
		return "↓"
	}
	return "·"
}

type Elevator struct {
	Floor   int
	Dir     Direction
	stops   map[int]bool
	Moved   int
	Visited []int
}

func (e *Elevator) Request(f int) { e.stops[f] = true }

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.stops {
		if pred(f) {
			return true
		}
	}
	return false
}

func (e *Elevator) Tick() string {
	if e.stops[e.Floor] {
		delete(e.stops, e.Floor)
		e.Visited = append(e.Visited, e.Floor)
		return fmt.Sprintf("open@%d", e.Floor)
	}
	above := e.pending(func(f int) bool { return f > e.Floor })
	below := e.pending(func(f int) bool { return f < e.Floor })
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case e.Dir == Down && below, below:
		e.Dir = Down
	case above:
		e.Dir = Up
	default:
		e.Dir = Idle
		return "idle"
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	e.Moved++
	return fmt.Sprintf("%v%d", e.Dir, e.Floor)
}

func main() {
	e := &Elevator{stops: map[int]bool{}}
	calls := map[int][]int{0: {5, 2}, 3: {1}, 6: {8, 0}, 12: {4}}
	var log []string
	for t := 0; t < 30; t++ {
		for _, f := range calls[t] {
			e.Request(f)
			log = append(log, fmt.Sprintf("[call %d]", f))
		}
		s := e.Tick()
		log = append(log, s)
		if s == "idle" && t > 12 {
			break
		}
	}
	for chunk := range slices.Chunk(log, 8) {
		fmt.Println(strings.Join(chunk, " "))
	}
	fmt.Println("moved", e.Moved, "visited", e.Visited, "final", e.Floor, e.Dir)
}
