// Exercises: state machine with named int, iota, String method, map of transitions keyed by struct, switch on named type
package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Paused:
		return "Paused"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type key struct {
	from State
	ev   Event
}

var transitions = map[key]State{
	{Idle, "start"}:    Running,
	{Running, "pause"}: Paused,
	{Paused, "resume"}: Running,
	{Running, "stop"}:  Stopped,
	{Paused, "stop"}:   Stopped,
}

func step(s State, e Event) (State, error) {
	next, ok := transitions[key{s, e}]
	if !ok {
		return s, fmt.Errorf("no transition from %v on %q", s, e)
	}
	return next, nil
}

func main() {
	s := Idle
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		next, err := step(s, e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v --%s--> %v\n", s, e, next)
		s = next
	}
	fmt.Println(s == Stopped, State(9), []State{Idle, Paused})
	counts := map[State]int{}
	for k := range transitions {
		counts[k.from]++
	}
	fmt.Println(counts)
}
