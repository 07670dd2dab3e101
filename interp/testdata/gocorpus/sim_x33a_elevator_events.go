package main

import (
	"fmt"
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

type Call struct {
	Floor int
	At    int
}

type Elevator struct {
	Floor int
	Dir   Direction
	Stops map[int]bool
	Log   []string
}

func (e *Elevator) step(t int) {
	if e.Stops[e.Floor] {
		delete(e.Stops, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("t=%02d open at %d", t, e.Floor))
	}
	if len(e.Stops) == 0 {
		e.Dir = Idle
		return
	}
	above, below := false, false
	for f := range e.Stops {
		if f > e.Floor {
			above = true
		} else if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir != Down && above:
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
}

func controller(calls <-chan Call, ticks int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		e := &Elevator{Stops: map[int]bool{}}
		pending := []Call{}
		for c := range calls {
			pending = append(pending, c)
		}
		for t := 0; t < ticks; t++ {
			for len(pending) > 0 && pending[0].At == t {
				e.Stops[pending[0].Floor] = true
				pending = pending[1:]
			}
			e.step(t)
			out <- fmt.Sprintf("t=%02d floor=%d dir=%-4v %s", t, e.Floor, e.Dir, strings.Repeat("#", e.Floor))
		}
		for _, l := range e.Log {
			out <- l
		}
	}()
	return out
}

func main() {
	calls := make(chan Call, 8)
	for _, c := range []Call{{5, 0}, {2, 1}, {8, 3}, {0, 9}, {3, 10}} {
		calls <- c
	}
	close(calls)
	for line := range controller(calls, 22) {
		fmt.Println(line)
	}
}
