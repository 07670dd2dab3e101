package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Event interface{ isEvent() }

type AccountOpened struct {
	ID    string
	Owner string
}
type Deposited struct {
	ID     string
	Amount int
}
type Withdrawn struct {
	ID     string
	Amount int
}
type Closed struct{ ID string }

func (AccountOpened) isEvent() {}
func (Deposited) isEvent()     {}
func (Withdrawn) isEvent()     {}
func (Closed) isEvent()        {}

type Account struct {
	Owner   string
	Balance int
	Open    bool
	Version int
}

var ErrInsufficient = errors.New("insufficient funds")

type Store struct {
	events []Event
}

func (s *Store) Append(e ...Event) { s.events = append(s.events, e...) }

func Project(events []Event) map[string]*Account {
	accts := map[string]*Account{}
	for _, e := range events {
		switch ev := e.(type) {
		case AccountOpened:
			accts[ev.ID] = &Account{Owner: ev.Owner, Open: true}
		case Deposited:
			accts[ev.ID].Balance += ev.Amount
		case Withdrawn:
			accts[ev.ID].Balance -= ev.Amount
		case Closed:
			accts[ev.ID].Open = false
		}
		var id string
		switch ev := e.(type) {
		case AccountOpened:
			id = ev.ID
		case Deposited:
			id = ev.ID
		case Withdrawn:
			id = ev.ID
		case Closed:
			id = ev.ID
		}
		accts[id].Version++
	}
	return accts
}

func (s *Store) Withdraw(id string, amt int) error {
	a, ok := Project(s.events)[id]
	if !ok || !a.Open {
		return fmt.Errorf("account %s unavailable", id)
	}
	if a.Balance < amt {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", amt, id, a.Balance, ErrInsufficient)
	}
	s.Append(Withdrawn{id, amt})
	return nil
}

func main() {
	s := &Store{}
	s.Append(AccountOpened{"a1", "ann"}, Deposited{"a1", 100}, AccountOpened{"b2", "bo"}, Deposited{"b2", 30})
	for _, w := range []struct {
		id  string
		amt int
	}{{"a1", 40}, {"b2", 50}, {"a1", 60}, {"c3", 1}} {
		if err := s.Withdraw(w.id, w.amt); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
		}
	}
	s.Append(Closed{"a1"})
	fmt.Println(s.Withdraw("a1", 0))
	view := Project(s.events)
	for _, id := range slices.Sorted(maps.Keys(view)) {
		fmt.Printf("%s %+v\n", id, *view[id])
	}
	counts := map[string]int{}
	for _, e := range s.events {
		counts[fmt.Sprintf("%T", e)]++
	}
	fmt.Println(counts)
	// replay prefix
	for n := 2; n <= len(s.events); n += 3 {
		fmt.Println(n, Project(s.events[:n])["a1"].Balance)
	}
}
