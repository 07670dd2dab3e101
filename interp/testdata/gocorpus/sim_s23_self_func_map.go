// Exercises: a state machine holding a map and a slice of functions that take the machine itself: handlers set, called, ranged, deleted; a zero machine
package main

import (
	"fmt"
	"sort"
)

type State int

type Event struct{ Kind string }

type FSM struct {
	state    State
	log      []string
	handlers map[State]func(*FSM, Event) State
	hooks    []func(f *FSM)
}

func NewFSM() *FSM {
	f := &FSM{handlers: map[State]func(*FSM, Event) State{}}
	f.handlers[0] = func(f *FSM, e Event) State {
		f.log = append(f.log, "idle:"+e.Kind)
		if e.Kind == "go" {
			return 1
		}
		return 0
	}
	f.handlers[1] = func(f *FSM, e Event) State {
		f.log = append(f.log, "run:"+e.Kind)
		return 0
	}
	f.hooks = append(f.hooks, func(f *FSM) { f.log = append(f.log, "hook") })
	return f
}

func (f *FSM) Fire(e Event) {
	if h, ok := f.handlers[f.state]; ok {
		f.state = h(f, e)
	}
	for _, hk := range f.hooks {
		hk(f)
	}
}

func main() {
	f := NewFSM()
	for _, k := range []string{"wait", "go", "stop"} {
		f.Fire(Event{k})
	}
	fmt.Println(f.state, f.log, len(f.handlers), len(f.hooks))
	var keys []int
	for k := range f.handlers {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	fmt.Println(keys, f.handlers[5] == nil)
	delete(f.handlers, 1)
	fmt.Println(len(f.handlers))
	g := FSM{}
	fmt.Println(g.handlers == nil, len(g.hooks))
}
