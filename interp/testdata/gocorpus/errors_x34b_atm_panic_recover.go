package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ATM struct {
	cash     map[int]int
	balances map[string]int
}

type DispenseError struct {
	Amount int
	Reason string
}

func (e *DispenseError) Error() string {
	return "cannot dispense " + strconv.Itoa(e.Amount) + ": " + e.Reason
}

func (a *ATM) dispense(amount int) map[int]int {
	if amount%10 != 0 {
		panic(&DispenseError{amount, "not a multiple of 10"})
	}
	out := map[int]int{}
	left := amount
	for _, note := range []int{50, 20, 10} {
		for left >= note && a.cash[note] > out[note] {
			out[note]++
			left -= note
		}
	}
	if left != 0 {
		panic(&DispenseError{amount, "not enough notes"})
	}
	for n, c := range out {
		a.cash[n] -= c
	}
	return out
}

func (a *ATM) Withdraw(user string, amount int) (notes map[int]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			var de *DispenseError
			if e, ok := r.(error); ok && errors.As(e, &de) {
				err = fmt.Errorf("withdraw %s: %w", user, de)
				return
			}
			panic(r)
		}
	}()
	bal, ok := a.balances[user]
	if !ok {
		return nil, errors.New("unknown user " + strconv.Quote(user))
	}
	if bal < amount {
		return nil, fmt.Errorf("balance %d < %d", bal, amount)
	}
	notes = a.dispense(amount)
	a.balances[user] -= amount
	return notes, nil
}

func fmtNotes(m map[int]int) string {
	var parts []string
	for _, n := range []int{50, 20, 10} {
		if m[n] > 0 {
			parts = append(parts, fmt.Sprintf("%dx%d", m[n], n))
		}
	}
	return strings.Join(parts, "+")
}

func main() {
	atm := &ATM{
		cash:     map[int]int{50: 2, 20: 3, 10: 1},
		balances: map[string]int{"amy": 400, "bob": 60},
	}
	reqs := []struct {
		user string
		amt  int
	}{{"amy", 130}, {"amy", 35}, {"bob", 100}, {"cat", 10}, {"amy", 170}, {"amy", 20}, {"bob", 60}}
	for _, r := range reqs {
		notes, err := atm.Withdraw(r.user, r.amt)
		if err != nil {
			var de *DispenseError
			fmt.Printf("%-4s %4d ERR %v (dispense? %t)\n", r.user, r.amt, err, errors.As(err, &de))
			continue
		}
		fmt.Printf("%-4s %4d OK  %s\n", r.user, r.amt, fmtNotes(notes))
	}
	fmt.Println(atm.cash, atm.balances)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
}
