package main

import (
	"errors"
	"fmt"
	"strings"
)

type key[S, E comparable] struct {
	From  S
	Event E
}

type FSM[S, E comparable] struct {
	State   S
	trans   map[key[S, E]]S
	onEnter map[S]func(from S)
	trail   []S
}

var ErrNoTransition = errors.New("no transition")

func New[S, E comparable](initial S) *FSM[S, E] {
	return &FSM[S, E]{State: initial, trans: map[key[S, E]]S{}, onEnter: map[S]func(S){}}
}

func (f *FSM[S, E]) Allow(from S, ev E, to S) *FSM[S, E] {
	f.trans[key[S, E]{from, ev}] = to
	return f
}

func (f *FSM[S, E]) Fire(ev E) error {
	to, ok := f.trans[key[S, E]{f.State, ev}]
	if !ok {
		return fmt.Errorf("%v on %v: %w", f.State, ev, ErrNoTransition)
	}
	from := f.State
	f.trail = append(f.trail, from)
	f.State = to
	if h := f.onEnter[to]; h != nil {
		h(from)
	}
	return nil
}

type Door int

const (
	Closed Door = iota
	Opened
	Locked
)

func (d Door) String() string { return [...]string{"Closed", "Opened", "Locked"}[d] }

func main() {
	door := New[Door, string](Closed).
		Allow(Closed, "open", Opened).
		Allow(Opened, "close", Closed).
		Allow(Closed, "lock", Locked).
		Allow(Locked, "unlock", Closed)
	locks := 0
	door.onEnter[Locked] = func(from Door) { locks++; fmt.Println("  click (from", from, ")") }
	for _, ev := range strings.Fields("open lock close lock open unlock unlock open close") {
		if err := door.Fire(ev); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoTransition))
			continue
		}
		fmt.Printf("%-6s -> %v\n", ev, door.State)
	}
	fmt.Println(door.trail, locks)
	fmt.Printf("%T %v\n", door, key[Door, string]{Opened, "x"})

	type phase string
	order := New[phase, int]("cart").
		Allow("cart", 1, "paid").
		Allow("paid", 2, "shipped").
		Allow("shipped", 3, "done")
	for ev := 1; ev <= 4; ev++ {
		err := order.Fire(ev)
		fmt.Printf("%d %q %v\n", ev, order.State, err)
	}
}
