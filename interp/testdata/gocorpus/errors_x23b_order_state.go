package main

import (
	"errors"
	"fmt"
	"strings"
)

type Status string

const (
	Pending   Status = "pending"
	Paid      Status = "paid"
	Shipped   Status = "shipped"
	Delivered Status = "delivered"
	Cancelled Status = "cancelled"
)

var transitions = map[Status][]Status{
	Pending: {Paid, Cancelled},
	Paid:    {Shipped, Cancelled},
	Shipped: {Delivered},
}

type TransitionError struct {
	From, To Status
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot go from %s to %s", e.From, e.To)
}

var ErrTerminal = errors.New("order is in a terminal state")

type Order struct {
	ID      string
	Status  Status
	History []Status
}

func (o *Order) To(s Status) error {
	next, ok := transitions[o.Status]
	if !ok {
		return fmt.Errorf("order %s: %w (%s)", o.ID, ErrTerminal, o.Status)
	}
	for _, n := range next {
		if n == s {
			o.History = append(o.History, o.Status)
			o.Status = s
			return nil
		}
	}
	return fmt.Errorf("order %s: %w", o.ID, TransitionError{o.Status, s})
}

func main() {
	orders := map[string]*Order{
		"A": {ID: "A", Status: Pending},
		"B": {ID: "B", Status: Pending},
		"C": {ID: "C", Status: Paid},
	}
	script := "A:paid A:shipped B:shipped B:cancelled B:paid C:delivered C:shipped C:delivered C:paid A:delivered"
	var te TransitionError
	counts := map[string]int{}
	for _, step := range strings.Fields(script) {
		id, st, _ := strings.Cut(step, ":")
		err := orders[id].To(Status(st))
		switch {
		case err == nil:
			counts["ok"]++
		case errors.As(err, &te):
			counts["bad"]++
			fmt.Printf("%-14s %v [from=%s]\n", step, err, te.From)
		case errors.Is(err, ErrTerminal):
			counts["terminal"]++
			fmt.Printf("%-14s %v\n", step, err)
		}
	}
	for _, id := range []string{"A", "B", "C"} {
		o := orders[id]
		fmt.Println(id, o.Status, o.History)
	}
	fmt.Println(counts)
}
