package main

import (
	"fmt"
	"strings"
)

type Light uint8

const (
	Red Light = iota + 1
	Green
	Yellow
	FlashingRed
)

func (l Light) String() string {
	return [...]string{"?", "RED", "GREEN", "YELLOW", "FLASHING"}[l]
}

type Input int

const (
	Tick Input = iota
	Fault
	Repair
	PedestrianButton
)

func main() {
	type phase struct {
		light    Light
		duration int
	}
	durations := map[Light]int{Red: 4, Green: 5, Yellow: 2}
	next := func(l Light) Light {
		switch l {
		case Red:
			return Green
		case Green:
			return Yellow
		case Yellow:
			return Red
		}
		return l
	}

	cur := phase{Red, durations[Red]}
	var timeline []string
	var events []string
	inputs := map[int]Input{3: PedestrianButton, 7: PedestrianButton, 12: Fault, 15: Repair}
	pedestrianWaiting := false

	for t := 0; t < 22; t++ {
		in, has := inputs[t]
		if !has {
			in = Tick
		}
		switch in {
		case Fault:
			cur = phase{FlashingRed, -1}
			events = append(events, fmt.Sprintf("t=%d fault", t))
		case Repair:
			cur = phase{Red, durations[Red]}
			events = append(events, fmt.Sprintf("t=%d repaired", t))
		case PedestrianButton:
			pedestrianWaiting = true
			if cur.light == Green && cur.duration > 2 {
				cur.duration = 2
				events = append(events, fmt.Sprintf("t=%d green shortened", t))
			}
			fallthrough
		case Tick:
			if cur.light == FlashingRed {
				break
			}
			cur.duration--
			if cur.duration <= 0 {
				cur.light = next(cur.light)
				cur.duration = durations[cur.light]
				if cur.light == Red && pedestrianWaiting {
					events = append(events, fmt.Sprintf("t=%d walk", t))
					pedestrianWaiting = false
				}
			}
		}
		timeline = append(timeline, cur.light.String()[:1])
	}
	fmt.Println(strings.Join(timeline, ""))
	for _, e := range events {
		fmt.Println(e)
	}
	fmt.Printf("%v %d %+v %#v\n", cur.light, cur.light, cur, Yellow)
}
