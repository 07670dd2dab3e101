package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type State int

const (
	Idle State = iota
	Patrol
	Chase
	Attack
	Flee
	numStates
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Patrol:
		return "Patrol"
	case Chase:
		return "Chase"
	case Attack:
		return "Attack"
	case Flee:
		return "Flee"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Input struct {
	Dist int
	HP   int
}

type Transition func(Input) (State, bool)

type Machine struct {
	cur     State
	rules   map[State][]Transition
	history []State
	onEnter map[State]func()
}

func (m *Machine) On(s State, t Transition) *Machine {
	if m.rules == nil {
		m.rules = make(map[State][]Transition)
	}
	m.rules[s] = append(m.rules[s], t)
	return m
}

func (m *Machine) Step(in Input) {
	for _, t := range m.rules[m.cur] {
		if next, ok := t(in); ok && next != m.cur {
			m.history = append(m.history, m.cur)
			m.cur = next
			if f := m.onEnter[next]; f != nil {
				f()
			}
			return
		}
	}
}

func when(cond func(Input) bool, to State) Transition {
	return func(in Input) (State, bool) { return to, cond(in) }
}

func main() {
	enters := [numStates]int{}
	m := &Machine{onEnter: map[State]func(){}}
	for s := range numStates {
		m.onEnter[s] = func() { enters[s]++ }
	}
	lowHP := func(in Input) bool { return in.HP < 30 }
	m.On(Idle, when(func(in Input) bool { return in.Dist < 20 }, Patrol)).
		On(Patrol, when(lowHP, Flee)).
		On(Patrol, when(func(in Input) bool { return in.Dist < 10 }, Chase)).
		On(Chase, when(lowHP, Flee)).
		On(Chase, when(func(in Input) bool { return in.Dist <= 2 }, Attack)).
		On(Chase, when(func(in Input) bool { return in.Dist > 15 }, Patrol)).
		On(Attack, when(lowHP, Flee)).
		On(Attack, when(func(in Input) bool { return in.Dist > 2 }, Chase)).
		On(Flee, when(func(in Input) bool { return in.HP >= 60 }, Idle))
	r := rand.New(rand.NewPCG(1, 2))
	hp, dist := 100, 30
	var trace []string
	for tick := 0; tick < 30; tick++ {
		dist += r.IntN(7) - 4
		if dist < 0 {
			dist = 0
		}
		if m.cur == Attack {
			hp -= r.IntN(15)
		} else if m.cur == Flee || m.cur == Idle {
			hp += 8
			dist += 3
		}
		hp = min(max(hp, 0), 100)
		m.Step(Input{dist, hp})
		trace = append(trace, fmt.Sprintf("%d:%v(d=%d,hp=%d)", tick, m.cur, dist, hp))
	}
	for i := 0; i < len(trace); i += 5 {
		fmt.Println(strings.Join(trace[i:min(i+5, len(trace))], " "))
	}
	fmt.Println("transitions:", len(m.history))
	fmt.Println("enters:", enters)
	fmt.Println(State(9), numStates)
}
