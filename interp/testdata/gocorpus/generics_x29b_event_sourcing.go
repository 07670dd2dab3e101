package main

import (
	"errors"
	"fmt"
	"strings"
)

type Event interface {
	isEvent()
}

type Opened struct {
	Owner string
}
type Deposited struct{ Amount int }
type Withdrawn struct{ Amount int }
type Closed struct{ Reason string }

func (Opened) isEvent()    {}
func (Deposited) isEvent() {}
func (Withdrawn) isEvent() {}
func (Closed) isEvent()    {}

type Account struct {
	Owner   string
	Balance int
	Open    bool
	Version int
	changes []Event
}

var ErrClosed = errors.New("account closed")

type InsufficientFunds struct{ Need, Have int }

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

func (a *Account) apply(e Event) {
	switch e := e.(type) {
	case Opened:
		a.Owner, a.Open = e.Owner, true
	case Deposited:
		a.Balance += e.Amount
	case Withdrawn:
		a.Balance -= e.Amount
	case Closed:
		a.Open = false
	default:
		panic(fmt.Sprintf("unknown event %T", e))
	}
	a.Version++
}

func (a *Account) raise(e Event) {
	a.apply(e)
	a.changes = append(a.changes, e)
}

func (a *Account) Deposit(n int) error {
	if !a.Open {
		return ErrClosed
	}
	a.raise(Deposited{n})
	return nil
}

func (a *Account) Withdraw(n int) error {
	if !a.Open {
		return ErrClosed
	}
	if n > a.Balance {
		return InsufficientFunds{n, a.Balance}
	}
	a.raise(Withdrawn{n})
	return nil
}

type Store[E any] struct {
	streams map[string][]E
}

func (s *Store[E]) Append(id string, evs ...E) int {
	if s.streams == nil {
		s.streams = map[string][]E{}
	}
	s.streams[id] = append(s.streams[id], evs...)
	return len(s.streams[id])
}

func Fold[E, S any](evs []E, init S, f func(S, E) S) S {
	for _, e := range evs {
		init = f(init, e)
	}
	return init
}

func Load(s *Store[Event], id string) *Account {
	return Fold(s.streams[id], &Account{}, func(a *Account, e Event) *Account {
		a.apply(e)
		return a
	})
}

func main() {
	store := &Store[Event]{}
	acc := &Account{}
	acc.raise(Opened{"maria"})
	fmt.Println(acc.Deposit(100), acc.Withdraw(30), acc.Withdraw(500), acc.Deposit(5))
	store.Append("acc-1", acc.changes...)
	acc.changes = nil

	re := Load(store, "acc-1")
	fmt.Printf("%+v\n", *re)
	re.raise(Closed{"moved abroad"})
	err := re.Deposit(10)
	fmt.Println(err, errors.Is(err, ErrClosed))
	n := store.Append("acc-1", re.changes...)
	fmt.Println("stream length", n)

	var names []string
	for _, e := range store.streams["acc-1"] {
		names = append(names, strings.TrimPrefix(fmt.Sprintf("%T", e), "main."))
	}
	fmt.Println(strings.Join(names, " -> "))
	fmt.Printf("%v\n%+v\n", store.streams["acc-1"], store.streams["acc-1"][len(names)-1])

	total := Fold(store.streams["acc-1"], 0, func(sum int, e Event) int {
		if d, ok := e.(Deposited); ok {
			return sum + d.Amount
		}
		return sum
	})
	fmt.Println("total deposited", total)
	var insuf InsufficientFunds
	fmt.Println(errors.As(Load(store, "acc-1").Withdraw(1), &insuf), insuf)
	fresh := Load(store, "acc-1")
	fresh.Open = true
	fmt.Println(errors.As(fresh.Withdraw(1000), &insuf), insuf.Need, insuf.Have)
}
