// Exercises: state machine with a State interface whose methods return the next State, nil state ends, %T of states
package main

import "fmt"

type State interface {
	Next(input rune) State
	Name() string
}

type Start struct{}
type InNumber struct{ digits int }
type Done struct{ total int }

func (Start) Name() string    { return "start" }
func (InNumber) Name() string { return "number" }
func (d Done) Name() string   { return fmt.Sprintf("done(%d)", d.total) }

func (Start) Next(r rune) State {
	if r >= '0' && r <= '9' {
		return InNumber{1}
	}
	return Start{}
}

func (n InNumber) Next(r rune) State {
	switch {
	case r >= '0' && r <= '9':
		return InNumber{n.digits + 1}
	case r == ';':
		return Done{n.digits}
	}
	return nil
}

func (d Done) Next(r rune) State { return d }

func run(input string) {
	var s State = Start{}
	for i, r := range input {
		next := s.Next(r)
		if next == nil {
			fmt.Printf("%q: error at %d in %s\n", input, i, s.Name())
			return
		}
		s = next
	}
	fmt.Printf("%q: %s %T\n", input, s.Name(), s)
}

func main() {
	run("ab123;")
	run("12x")
	run("  7")
	run("9;zz")
}
