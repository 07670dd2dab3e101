package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return sign + "$" + strconv.FormatInt(int64(m)/100, 10) + "." + fmt.Sprintf("%02d", int64(m)%100)
}

type InsufficientFunds struct {
	Need, Have Money
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

var ErrFrozen = errors.New("account frozen")

type Account struct {
	owner   string
	balance Money
	frozen  bool
	history []string
}

func (a *Account) record(format string, args ...any) {
	a.history = append(a.history, fmt.Sprintf(format, args...))
}

func (a *Account) Deposit(m Money) error {
	if a.frozen {
		return ErrFrozen
	}
	if m <= 0 {
		return fmt.Errorf("deposit %v: amount must be positive", m)
	}
	a.balance += m
	a.record("+%v", m)
	return nil
}

func (a *Account) Withdraw(m Money) error {
	if a.frozen {
		return fmt.Errorf("withdraw: %w", ErrFrozen)
	}
	if m > a.balance {
		return fmt.Errorf("withdraw %v: %w", m, InsufficientFunds{m, a.balance})
	}
	a.balance -= m
	a.record("-%v", m)
	return nil
}

func Transfer(from, to *Account, m Money) (err error) {
	if err = from.Withdraw(m); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from.owner, to.owner, err)
	}
	defer func() {
		if err != nil {
			from.balance += m
			from.record("refund %v", m)
		}
	}()
	return to.Deposit(m)
}

func (a Account) String() string { return fmt.Sprintf("%s(%v)", a.owner, a.balance) }

func main() {
	alice := &Account{owner: "alice"}
	bob := &Account{owner: "bob"}
	steps := []struct {
		desc string
		fn   func() error
		want error
	}{
		{"deposit", func() error { return alice.Deposit(10050) }, nil},
		{"negative", func() error { return alice.Deposit(-5) }, nil},
		{"transfer", func() error { return Transfer(alice, bob, 2575) }, nil},
		{"overdraw", func() error { return bob.Withdraw(5000) }, InsufficientFunds{}},
		{"freeze", func() error { bob.frozen = true; return Transfer(alice, bob, 100) }, ErrFrozen},
	}
	for _, s := range steps {
		err := s.fn()
		var inf InsufficientFunds
		switch {
		case s.want == ErrFrozen && errors.Is(err, ErrFrozen):
			fmt.Println("PASS", s.desc, "->", err)
		case s.want != nil && errors.As(err, &inf):
			fmt.Printf("PASS %s -> short by %v\n", s.desc, inf.Need-inf.Have)
		case s.want == nil:
			fmt.Println("PASS", s.desc, "err:", err)
		default:
			fmt.Println("FAIL", s.desc, err)
		}
	}
	fmt.Println(alice, bob, *alice)
	fmt.Println(alice.history, bob.history)
	fmt.Printf("%v %d %s\n", Money(-1234), Money(7), Money(5))
}
