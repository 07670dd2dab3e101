// Exercises: an iota enum with a String method and %v/%d/%q printing, a transition table map[State]State, a switch-driven state machine with events, Stringer inside slices and structs.
package main

import "fmt"

type State int

const (
	Red State = iota
	Green
	Yellow
	Off
)

func (s State) String() string {
	switch s {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Yellow:
		return "Yellow"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var next = map[State]State{Red: Green, Green: Yellow, Yellow: Red}

type Light struct {
	State State
	Ticks int
}

func (l *Light) Event(e string) {
	switch e {
	case "tick":
		l.Ticks++
		if n, ok := next[l.State]; ok {
			l.State = n
		}
	case "fault":
		l.State = Off
	case "reset":
		*l = Light{}
	}
}

func main() {
	l := &Light{}
	var history []State
	for _, e := range []string{"tick", "tick", "tick", "tick", "fault", "tick", "reset"} {
		l.Event(e)
		history = append(history, l.State)
	}
	fmt.Println(history)
	fmt.Printf("%v %d %q %+v\n", l.State, l.State, Yellow, *l)
	fmt.Println(State(7), []State{Red, Off}, map[State]bool{Green: true})
}
