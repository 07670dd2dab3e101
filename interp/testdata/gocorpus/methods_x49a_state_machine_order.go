package main

import (
	"errors"
	"fmt"
	"strings"
)

type State string

const (
	Draft     State = "draft"
	Submitted State = "submitted"
	Approved  State = "approved"
	Rejected  State = "rejected"
	Shipped   State = "shipped"
)

type TransitionError struct {
	From State
	Act  string
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot %s from %s", e.Act, e.From)
}

var transitions = map[State]map[string]State{
	Draft:     {"submit": Submitted},
	Submitted: {"approve": Approved, "reject": Rejected},
	Rejected:  {"edit": Draft},
	Approved:  {"ship": Shipped},
}

type Auditor interface {
	Record(id int, from, to State)
}

type memAuditor struct{ entries []string }

func (m *memAuditor) Record(id int, from, to State) {
	m.entries = append(m.entries, fmt.Sprintf("#%d %s->%s", id, from, to))
}

type Order struct {
	ID    int
	state State
	audit Auditor
}

func NewOrder(id int, a Auditor) *Order { return &Order{ID: id, state: Draft, audit: a} }

func (o *Order) Do(action string) error {
	next, ok := transitions[o.state][action]
	if !ok {
		return TransitionError{o.state, action}
	}
	o.audit.Record(o.ID, o.state, next)
	o.state = next
	return nil
}

func (o *Order) State() State { return o.state }

func main() {
	aud := &memAuditor{}
	tests := []struct {
		actions []string
		want    State
		errs    int
	}{
		{[]string{"submit", "approve", "ship"}, Shipped, 0},
		{[]string{"submit", "reject", "edit", "submit"}, Submitted, 0},
		{[]string{"approve", "submit", "ship"}, Submitted, 2},
		{nil, Draft, 0},
	}
	for i, tt := range tests {
		o := NewOrder(i+1, aud)
		var errs []error
		for _, a := range tt.actions {
			if err := o.Do(a); err != nil {
				errs = append(errs, err)
			}
		}
		verdict := "PASS"
		if o.State() != tt.want || len(errs) != tt.errs {
			verdict = "FAIL"
		}
		fmt.Printf("%s order %d: %s %v\n", verdict, o.ID, o.State(), errors.Join(errs...))
		var te TransitionError
		if len(errs) > 0 && errors.As(errs[0], &te) {
			fmt.Printf("  first: %+v\n", te)
		}
	}
	fmt.Println(strings.Join(aud.entries, "\n"))
	do := NewOrder(99, aud).Do
	fmt.Println(do("submit"), do("submit"))
	stateOf := (*Order).State
	fmt.Println(stateOf(NewOrder(1, aud)))
}
