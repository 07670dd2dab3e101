package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type OrderStatus int

const (
	Pending OrderStatus = iota
	Paid
	Shipped
	Delivered
	Cancelled
)

var statusNames = [...]string{"PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"}

func (s OrderStatus) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("OrderStatus(%d)", int(s))
	}
	return statusNames[s]
}

func ParseOrderStatus(s string) (OrderStatus, error) {
	for i, n := range statusNames {
		if strings.EqualFold(n, s) {
			return OrderStatus(i), nil
		}
	}
	return 0, fmt.Errorf("unknown status %q", s)
}

func (s OrderStatus) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

func (s *OrderStatus) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	v, err := ParseOrderStatus(str)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

var transitions = map[OrderStatus][]OrderStatus{
	Pending: {Paid, Cancelled},
	Paid:    {Shipped, Cancelled},
	Shipped: {Delivered},
}

func (s OrderStatus) CanTransitionTo(next OrderStatus) bool {
	for _, t := range transitions[s] {
		if t == next {
			return true
		}
	}
	return false
}

type Order struct {
	ID     int         `json:"id"`
	Status OrderStatus `json:"status"`
	Items  []string    `json:"items,omitempty"`
}

func main() {
	for s := Pending; s <= Cancelled+1; s++ {
		fmt.Printf("%d=%v %s %q\n", int(s), s, s, s)
	}
	o := Order{ID: 7, Status: Pending, Items: []string{"book", "pen"}}
	steps := []OrderStatus{Paid, Delivered, Shipped, Delivered, Cancelled}
	for _, st := range steps {
		if o.Status.CanTransitionTo(st) {
			fmt.Printf("%v -> %v\n", o.Status, st)
			o.Status = st
		} else {
			fmt.Printf("cannot go from %v to %v\n", o.Status, st)
		}
	}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	var back Order
	err = json.Unmarshal([]byte(`{"id":9,"status":"shipped"}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	err = json.Unmarshal([]byte(`{"id":10,"status":"lost"}`), &back)
	fmt.Println("err:", err)
	fmt.Printf("%v %d %#v\n", []OrderStatus{Paid, Shipped}, Paid, Shipped)
	m := map[OrderStatus]int{Paid: 3, Pending: 1, Delivered: 2}
	fmt.Println(m)
}
