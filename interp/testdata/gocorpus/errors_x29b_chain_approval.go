package main

import (
	"errors"
	"fmt"
)

type Expense struct {
	ID       int
	Amount   float64
	Category string
	Receipt  bool
}

type Handler interface {
	SetNext(h Handler) Handler
	Handle(e Expense) (string, error)
}

type base struct {
	next Handler
}

func (b *base) SetNext(h Handler) Handler {
	b.next = h
	return h
}

func (b *base) pass(e Expense) (string, error) {
	if b.next == nil {
		return "", &RejectError{ID: e.ID, Reason: "no approver for amount"}
	}
	return b.next.Handle(e)
}

type RejectError struct {
	ID     int
	Reason string
}

func (r *RejectError) Error() string { return fmt.Sprintf("expense #%d rejected: %s", r.ID, r.Reason) }

var ErrNeedsReceipt = errors.New("receipt required")

type Validator struct{ base }

func (v *Validator) Handle(e Expense) (string, error) {
	if e.Amount <= 0 {
		return "", &RejectError{e.ID, "non-positive amount"}
	}
	if e.Amount > 50 && !e.Receipt {
		return "", fmt.Errorf("expense #%d: %w", e.ID, ErrNeedsReceipt)
	}
	return v.pass(e)
}

type Approver struct {
	base
	Name  string
	Limit float64
	Deny  map[string]bool
}

func (a *Approver) Handle(e Expense) (string, error) {
	if a.Deny[e.Category] {
		return "", &RejectError{e.ID, a.Name + " does not approve " + e.Category}
	}
	if e.Amount <= a.Limit {
		return fmt.Sprintf("approved by %s", a.Name), nil
	}
	return a.pass(e)
}

type Logging struct {
	base
	log *[]string
}

func (l *Logging) Handle(e Expense) (string, error) {
	res, err := l.pass(e)
	*l.log = append(*l.log, fmt.Sprintf("#%d %.2f -> ok=%t", e.ID, e.Amount, err == nil))
	return res, err
}

func main() {
	var log []string
	head := &Logging{log: &log}
	head.SetNext(&Validator{}).
		SetNext(&Approver{Name: "team lead", Limit: 200}).
		SetNext(&Approver{Name: "manager", Limit: 1000, Deny: map[string]bool{"gadgets": true}}).
		SetNext(&Approver{Name: "director", Limit: 5000})

	expenses := []Expense{
		{1, 25, "food", false},
		{2, 120, "travel", true},
		{3, 80, "food", false},
		{4, 640, "travel", true},
		{5, 640, "gadgets", true},
		{6, 4200, "training", true},
		{7, 12000, "travel", true},
		{8, -3, "food", true},
	}
	rejected := map[string]int{}
	for _, e := range expenses {
		res, err := head.Handle(e)
		var rej *RejectError
		switch {
		case errors.As(err, &rej):
			rejected["rejected"]++
			fmt.Println("REJECT", rej.ID, "-", rej.Reason)
		case errors.Is(err, ErrNeedsReceipt):
			rejected["receipt"]++
			fmt.Println("HOLD  ", err)
		case err != nil:
			fmt.Println("ERR   ", err)
		default:
			fmt.Printf("OK     #%d %s\n", e.ID, res)
		}
	}
	fmt.Println(rejected)
	for _, l := range log {
		fmt.Println(l)
	}
}
