package main

import (
	"fmt"
	"slices"
	"strings"
)

type State string
type Event string

const (
	Created   State = "CREATED"
	Picking   State = "PICKING"
	Packed    State = "PACKED"
	Shipped   State = "SHIPPED"
	Returned  State = "RETURNED"
	Cancelled State = "CANCELLED"
)

type key struct {
	from State
	ev   Event
}

type Guard func(o *Order) error

type transition struct {
	to    State
	guard Guard
}

type Order struct {
	ID     string
	State  State
	Items  int
	Packed int
	Log    []string
}

type Machine struct {
	table map[key]transition
	hooks []func(o *Order, from, to State)
}

func (m *Machine) On(from State, ev Event, to State, g Guard) {
	if m.table == nil {
		m.table = map[key]transition{}
	}
	m.table[key{from, ev}] = transition{to, g}
}

func (m *Machine) Fire(o *Order, ev Event) error {
	t, ok := m.table[key{o.State, ev}]
	if !ok {
		return fmt.Errorf("%s: event %q not allowed in %s", o.ID, ev, o.State)
	}
	if t.guard != nil {
		if err := t.guard(o); err != nil {
			return fmt.Errorf("%s: guard for %q: %w", o.ID, ev, err)
		}
	}
	from := o.State
	o.State = t.to
	for _, h := range m.hooks {
		h(o, from, t.to)
	}
	return nil
}

func main() {
	var m Machine
	allPacked := func(o *Order) error {
		if o.Packed < o.Items {
			return fmt.Errorf("packed %d/%d", o.Packed, o.Items)
		}
		return nil
	}
	m.On(Created, "start", Picking, nil)
	m.On(Picking, "pack", Packed, allPacked)
	m.On(Packed, "ship", Shipped, nil)
	m.On(Shipped, "return", Returned, nil)
	for _, s := range []State{Created, Picking, Packed} {
		m.On(s, "cancel", Cancelled, nil)
	}
	counts := map[State]int{}
	m.hooks = append(m.hooks, func(o *Order, from, to State) {
		o.Log = append(o.Log, fmt.Sprintf("%s->%s", from, to))
	}, func(o *Order, _, to State) { counts[to]++ })

	orders := []*Order{
		{ID: "o1", State: Created, Items: 2, Packed: 2},
		{ID: "o2", State: Created, Items: 3, Packed: 1},
		{ID: "o3", State: Created, Items: 1, Packed: 1},
	}
	script := map[string][]Event{
		"o1": {"start", "pack", "ship", "return"},
		"o2": {"start", "pack", "cancel"},
		"o3": {"ship", "start", "cancel", "start"},
	}
	for _, o := range orders {
		for _, ev := range script[o.ID] {
			if err := m.Fire(o, ev); err != nil {
				fmt.Println("  !", err)
			}
		}
		fmt.Printf("%s: %s [%s]\n", o.ID, o.State, strings.Join(o.Log, " "))
	}
	states := make([]State, 0, len(counts))
	for s := range counts {
		states = append(states, s)
	}
	slices.Sort(states)
	for _, s := range states {
		fmt.Printf("%-10s %d\n", s, counts[s])
	}
	fmt.Printf("%v %+v\n", key{Created, "x"}, m.table[key{Packed, "ship"}].to)
}
