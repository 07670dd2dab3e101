package main

import (
	"errors"
	"fmt"
)

type Cents int64

func (c Cents) String() string {
	if c < 0 {
		return "-" + (-c).String()
	}
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

type Base struct {
	Number  string
	Owner   string
	balance Cents
	history []string
}

func (b *Base) Balance() Cents { return b.balance }

func (b *Base) log(format string, args ...any) {
	b.history = append(b.history, fmt.Sprintf(format, args...))
}

func (b *Base) Deposit(c Cents) {
	b.balance += c
	b.log("deposit %v -> %v", c, b.balance)
}

func (b *Base) Withdraw(c Cents) error {
	if c > b.balance {
		return errors.New("insufficient funds")
	}
	b.balance -= c
	b.log("withdraw %v -> %v", c, b.balance)
	return nil
}

type Savings struct {
	Base
	RateBps int64
}

func (s *Savings) AccrueMonthly() {
	interest := s.balance * Cents(s.RateBps) / 10000 / 12
	s.Deposit(interest)
}

type Checking struct {
	Base
	Overdraft Cents
}

// Withdraw shadows Base.Withdraw to allow an overdraft.
func (c *Checking) Withdraw(amt Cents) error {
	if amt > c.balance+c.Overdraft {
		return fmt.Errorf("checking %s: overdraft limit %v exceeded", c.Number, c.Overdraft)
	}
	c.balance -= amt
	c.log("withdraw %v -> %v", amt, c.balance)
	return nil
}

type Account interface {
	Deposit(Cents)
	Withdraw(Cents) error
	Balance() Cents
}

func main() {
	sav := &Savings{Base: Base{Number: "S-1", Owner: "Ann"}, RateBps: 450}
	chk := &Checking{Base{Number: "C-7", Owner: "Ann"}, 50000}
	accts := []Account{sav, chk}
	for _, a := range accts {
		a.Deposit(100000)
	}
	for i := 0; i < 6; i++ {
		sav.AccrueMonthly()
	}
	for _, amt := range []Cents{30000, 90000, 40000} {
		for _, a := range accts {
			if err := a.Withdraw(amt); err != nil {
				fmt.Printf("%T %v: %v\n", a, amt, err)
			}
		}
	}
	_ = chk.Base.Withdraw(1)
	for _, a := range accts {
		fmt.Printf("%T balance %v\n", a, a.Balance())
	}
	for _, h := range sav.history {
		fmt.Println("  sav:", h)
	}
	for _, h := range chk.history {
		fmt.Println("  chk:", h)
	}
	fmt.Printf("%+v\n", chk.Base.Number)
	fmt.Printf("%v\n", *chk)
}
