package main

import (
	"errors"
	"fmt"
	"sync"
)

type Audit struct {
	entries []string
}

func (a *Audit) Record(format string, args ...any) {
	a.entries = append(a.entries, fmt.Sprintf(format, args...))
}

func (a *Audit) History() []string { return a.entries }

type Account struct {
	sync.Mutex
	*Audit
	ID      string
	balance int64
}

var ErrOverdraft = errors.New("overdraft")

func (a *Account) Deposit(c int64) {
	a.Lock()
	defer a.Unlock()
	a.balance += c
	a.Record("%s +%d = %d", a.ID, c, a.balance)
}

func (a *Account) Withdraw(c int64) error {
	a.Lock()
	defer a.Unlock()
	if c > a.balance {
		a.Record("%s -%d DENIED", a.ID, c)
		return fmt.Errorf("%s: withdraw %d: %w", a.ID, c, ErrOverdraft)
	}
	a.balance -= c
	a.Record("%s -%d = %d", a.ID, c, a.balance)
	return nil
}

func (a *Account) Balance() int64 { a.Lock(); defer a.Unlock(); return a.balance }

type Savings struct {
	Account
	RateBP int
}

func (s *Savings) Accrue(months int) {
	for range months {
		interest := s.Balance() * int64(s.RateBP) / 10000 / 12
		s.Deposit(interest)
	}
}

func (s *Savings) Withdraw(c int64) error {
	if c > 50000 {
		return fmt.Errorf("savings limit: %w", ErrOverdraft)
	}
	return s.Account.Withdraw(c)
}

func Transfer(from interface{ Withdraw(int64) error }, to interface{ Deposit(int64) }, c int64) error {
	if err := from.Withdraw(c); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	to.Deposit(c)
	return nil
}

func main() {
	log := &Audit{}
	chk := &Account{Audit: log, ID: "chk"}
	sav := &Savings{Account: Account{Audit: log, ID: "sav"}, RateBP: 450}
	chk.Deposit(120000)
	fmt.Println(Transfer(chk, sav, 100000))
	sav.Accrue(3)
	fmt.Println(Transfer(sav, chk, 60000))
	fmt.Println(Transfer(&sav.Account, chk, 60000))
	err := Transfer(chk, sav, 1_000_000)
	fmt.Println(err, errors.Is(err, ErrOverdraft))
	for i, h := range log.History() {
		fmt.Println(i, h)
	}
	fmt.Println(chk.Balance(), sav.Balance(), len(sav.History()) == len(chk.History()))
}
