package main

import (
	"errors"
	"fmt"
)

type Status int

const (
	Pending Status = iota
	Paid
	Shipped
	Delivered
	Cancelled
)

func (s Status) String() string {
	switch s {
	case Pending:
		return "pending"
	case Paid:
		return "paid"
	case Shipped:
		return "shipped"
	case Delivered:
		return "delivered"
	case Cancelled:
		return "cancelled"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

var ErrBadTransition = errors.New("bad transition")

var transitions = map[Status][]Status{
	Pending: {Paid, Cancelled},
	Paid:    {Shipped, Cancelled},
	Shipped: {Delivered},
}

type Order struct {
	ID      string
	Status  Status
	History []Status
}

func (o *Order) Move(to Status) error {
	for _, s := range transitions[o.Status] {
		if s == to {
			o.History = append(o.History, o.Status)
			o.Status = to
			return nil
		}
	}
	return fmt.Errorf("order %s: %v -> %v: %w", o.ID, o.Status, to, ErrBadTransition)
}

func main() {
	orders := []*Order{{ID: "A1"}, {ID: "B2"}, {ID: "C3"}}
	plans := map[string][]Status{
		"A1": {Paid, Shipped, Delivered},
		"B2": {Paid, Delivered},
		"C3": {Cancelled, Paid},
	}
	for _, o := range orders {
		for _, next := range plans[o.ID] {
			if err := o.Move(next); err != nil {
				fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
				break
			}
		}
		fmt.Printf("%s final=%v history=%v\n", o.ID, o.Status, o.History)
	}
	fmt.Printf("%d %v %s %q\n", Shipped, Status(9), Paid, Cancelled)
}
