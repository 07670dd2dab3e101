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
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return "idle"
}

type Elevator struct {
	Floor int
	Dir   Direction
	Stops []int
	Log   []string
}

func (e *Elevator) Call(f int) {
	if !slices.Contains(e.Stops, f) && f != e.Floor {
		e.Stops = append(e.Stops, f)
	}
}

func (e *Elevator) Tick() {
	if len(e.Stops) == 0 {
		e.Dir = Idle
		return
	}
	target := e.Stops[0]
	if e.Dir == Up {
		above := slices.DeleteFunc(slices.Clone(e.Stops), func(s int) bool { return s < e.Floor })
		if len(above) > 0 {
			target = slices.Min(above)
		}
	} else if e.Dir == Down {
		below := slices.DeleteFunc(slices.Clone(e.Stops), func(s int) bool { return s > e.Floor })
		if len(below) > 0 {
			target = slices.Max(below)
		}
	}
	switch {
	case target > e.Floor:
		e.Dir = Up
		e.Floor++
	case target < e.Floor:
		e.Dir = Down
		e.Floor--
	}
	if i := slices.Index(e.Stops, e.Floor); i >= 0 {
		e.Stops = slices.Delete(e.Stops, i, i+1)
		e.Log = append(e.Log, fmt.Sprintf("open@%d", e.Floor))
	}
}

func main() {
	e := &Elevator{}
	calls := map[int][]int{0: {5, 2}, 3: {1}, 4: {7}, 9: {0, 3}}
	for t := 0; t < 20; t++ {
		for _, f := range calls[t] {
			e.Call(f)
		}
		e.Tick()
		fmt.Printf("t=%2d floor=%d %-4v stops=%v\n", t, e.Floor, e.Dir, e.Stops)
		if t > 9 && e.Dir == Idle {
			break
		}
	}
	fmt.Println(e.Log)
}
