package main

import (
	"fmt"
	"strings"
)

type State interface {
	Next(temp float64) State
	Power() float64
}

type Off struct{}
type Heating struct{ Level int }
type Cooling struct{}

func (Off) Next(t float64) State {
	switch {
	case t < 18:
		return Heating{Level: 1}
	case t > 24:
		return Cooling{}
	}
	return Off{}
}
func (Off) Power() float64 { return 0 }

func (h Heating) Next(t float64) State {
	if t >= 21 {
		return Off{}
	}
	if t < 15 && h.Level < 3 {
		return Heating{h.Level + 1}
	}
	return h
}
func (h Heating) Power() float64 { return 1.5 * float64(h.Level) }

func (Cooling) Next(t float64) State {
	if t <= 22 {
		return Off{}
	}
	return Cooling{}
}
func (Cooling) Power() float64 { return -2 }

func (h Heating) String() string { return fmt.Sprintf("Heating(%d)", h.Level) }

type Room struct {
	Temp, Outside, Loss float64
	State
}

func (r *Room) Tick(hour int) {
	r.Outside = 10 + 12*float64((hour%24+12)%24)/24
	r.Temp += r.Power() - r.Loss*(r.Temp-r.Outside)
	r.State = r.Next(r.Temp)
}

func main() {
	room := &Room{Temp: 12, Loss: 0.1, State: Off{}}
	transitions := map[string]int{}
	prev := fmt.Sprintf("%T", room.State)
	for h := 0; h < 48; h++ {
		room.Tick(h)
		cur := fmt.Sprintf("%T", room.State)
		if cur != prev {
			transitions[prev+"->"+cur]++
			prev = cur
		}
		if h%4 == 0 {
			bar := strings.Repeat("~", int(room.Temp))
			fmt.Printf("h%02d out=%5.2f in=%5.2f %-12v %s\n", h, room.Outside, room.Temp, room.State, bar)
		}
	}
	fmt.Println(transitions)
	var s State = Heating{2}
	if st, ok := s.(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}
	fmt.Printf("%v %+v %T\n", Cooling{}, Off{}, s)
}
