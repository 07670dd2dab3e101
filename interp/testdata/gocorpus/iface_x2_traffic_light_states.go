// Exercises: a state machine where each State value returns the next State.
package main

import "fmt"

type State interface {
	Name() string
	Next(carsWaiting bool) State
	Duration() int
}

type Red struct{}
type Green struct{ extended bool }
type Yellow struct{}

func (Red) Name() string     { return "RED" }
func (Red) Next(bool) State  { return Green{} }
func (Red) Duration() int    { return 30 }
func (g Green) Name() string { return "GREEN" }
func (g Green) Duration() int {
	if g.extended {
		return 45
	}
	return 25
}
func (g Green) Next(cars bool) State {
	if cars && !g.extended {
		return Green{extended: true}
	}
	return Yellow{}
}
func (Yellow) Name() string    { return "YELLOW" }
func (Yellow) Next(bool) State { return Red{} }
func (Yellow) Duration() int   { return 5 }

func main() {
	var s State = Red{}
	traffic := []bool{false, true, true, false, false, false, true}
	elapsed := 0
	for i, cars := range traffic {
		elapsed += s.Duration()
		fmt.Printf("step %d: %-6s for %2ds (t=%d)\n", i, s.Name(), s.Duration(), elapsed)
		s = s.Next(cars)
	}
	fmt.Printf("final: %s %#v\n", s.Name(), s)
}
