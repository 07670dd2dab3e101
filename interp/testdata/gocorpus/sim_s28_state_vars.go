package main

import (
	"errors"
	"fmt"
)

type State interface {
	Name() string
	Next(event string) (State, error)
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type green struct{ base }
type yellow struct{ base }
type red struct{ base }

var (
	Green  State = green{base{"green"}}
	Yellow State = yellow{base{"yellow"}}
	Red    State = red{base{"red"}}
)

var errBadEvent = errors.New("bad event")

func (green) Next(e string) (State, error) {
	if e == "timer" {
		return Yellow, nil
	}
	return Green, errBadEvent
}

func (yellow) Next(e string) (State, error) {
	if e == "timer" {
		return Red, nil
	}
	return Yellow, errBadEvent
}

func (red) Next(e string) (State, error) {
	switch e {
	case "timer":
		return Green, nil
	case "emergency":
		return Red, nil
	}
	return Red, errBadEvent
}

func main() {
	s := Green
	for _, e := range []string{"timer", "timer", "honk", "emergency", "timer"} {
		next, err := s.Next(e)
		fmt.Printf("%-7s %-9s -> %-7s err=%v\n", s.Name(), e, next.Name(), err)
		s = next
	}
	fmt.Printf("%T %v\n", s, s)
}
