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
		return "up"
	case Down:
		return "down"
	default:
		return "idle"
	}
}

type Request struct {
	At, From, To int
	Who          string
}

type Elevator struct {
	Floor     int
	Dir       Direction
	Riders    []Request
	Stops     map[int]bool
	Delivered []string
}

func (e *Elevator) nextDir(waiting []Request) Direction {
	targets := []int{}
	for f := range e.Stops {
		targets = append(targets, f)
	}
	for _, r := range waiting {
		targets = append(targets, r.From)
	}
	if len(targets) == 0 {
		return Idle
	}
	slices.Sort(targets)
	if e.Dir != Down && targets[len(targets)-1] > e.Floor {
		return Up
	}
	if targets[0] < e.Floor {
		return Down
	}
	if targets[len(targets)-1] > e.Floor {
		return Up
	}
	return Idle
}

func main() {
	reqs := []Request{
		{0, 0, 5, "ann"}, {1, 3, 0, "bob"}, {2, 7, 2, "cid"}, {4, 1, 6, "dee"}, {9, 4, 4, "eve"},
	}
	e := &Elevator{Stops: map[int]bool{}}
	var waiting []Request
	for t := 0; t < 30; t++ {
		for _, r := range reqs {
			if r.At == t {
				waiting = append(waiting, r)
			}
		}
		var events []string
		kept := e.Riders[:0]
		for _, r := range e.Riders {
			if r.To == e.Floor {
				e.Delivered = append(e.Delivered, r.Who)
				events = append(events, "drop "+r.Who)
			} else {
				kept = append(kept, r)
			}
		}
		e.Riders = kept
		delete(e.Stops, e.Floor)
		waiting = slices.DeleteFunc(waiting, func(r Request) bool {
			if r.From != e.Floor {
				return false
			}
			events = append(events, "pick "+r.Who)
			e.Riders = append(e.Riders, r)
			e.Stops[r.To] = true
			return true
		})
		e.Dir = e.nextDir(waiting)
		if len(events) > 0 || t%5 == 0 {
			fmt.Printf("t=%02d floor=%d dir=%-4v riders=%d %s\n", t, e.Floor, e.Dir, len(e.Riders), strings.Join(events, ","))
		}
		switch e.Dir {
		case Up:
			e.Floor++
		case Down:
			e.Floor--
		}
		if e.Dir == Idle && len(waiting) == 0 && t > 10 {
			fmt.Println("idle at", e.Floor, "t =", t)
			break
		}
	}
	fmt.Println("delivered:", e.Delivered)
	fmt.Printf("%v %d %s\n", Up, Down, Direction(7))
}
