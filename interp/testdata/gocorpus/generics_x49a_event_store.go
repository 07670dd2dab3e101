package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Event interface {
	Kind() string
}

type Deposited struct{ Amount int }
type Withdrawn struct{ Amount int }
type Renamed struct{ To string }

func (Deposited) Kind() string { return "deposited" }
func (Withdrawn) Kind() string { return "withdrawn" }
func (Renamed) Kind() string   { return "renamed" }

type Store[E any] struct {
	events []E
	hooks  []func(E)
}

func (s *Store[E]) Append(es ...E) {
	for _, e := range es {
		s.events = append(s.events, e)
		for _, h := range s.hooks {
			h(e)
		}
	}
}

func (s *Store[E]) OnAppend(h func(E)) { s.hooks = append(s.hooks, h) }

func (s *Store[E]) All() iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, e := range s.events {
			if !yield(i, e) {
				return
			}
		}
	}
}

func Filter[E any](seq iter.Seq2[int, E], keep func(E) bool) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, e := range seq {
			if keep(e) && !yield(e) {
				return
			}
		}
	}
}

type Account struct {
	Name    string
	Balance int
}

func Replay(seq iter.Seq2[int, Event]) Account {
	var a Account
	for _, e := range seq {
		switch ev := e.(type) {
		case Deposited:
			a.Balance += ev.Amount
		case Withdrawn:
			a.Balance -= ev.Amount
		case Renamed:
			a.Name = ev.To
		}
	}
	return a
}

func main() {
	var st Store[Event]
	var log []string
	st.OnAppend(func(e Event) { log = append(log, e.Kind()) })
	st.Append(Renamed{"savings"}, Deposited{100}, Withdrawn{30}, Deposited{5}, Renamed{"main"})
	acct := Replay(st.All())
	fmt.Printf("%+v\n", acct)
	fmt.Println(strings.Join(log, ","))
	deps := slices.Collect(Filter(st.All(), func(e Event) bool { return e.Kind() == "deposited" }))
	fmt.Printf("%v %T\n", deps, deps)
	for i, e := range st.All() {
		if i == 2 {
			break
		}
		fmt.Printf("%d %#v\n", i, e)
	}
	want := Account{"main", 75}
	if acct == want {
		fmt.Println("PASS replay")
	} else {
		fmt.Println("FAIL replay", acct)
	}
	var ints Store[int]
	ints.Append(3, 1, 2)
	for v := range Filter(ints.All(), func(n int) bool { return n > 1 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
