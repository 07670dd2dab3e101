package main

import (
	"fmt"
	"math"
	"strings"
)

type Transaction struct {
	Kind   string
	Amount float64
}

type Account interface {
	Owner() string
	Balance() float64
	Deposit(float64)
	Withdraw(float64) error
	MonthEnd()
}

type baseAccount struct {
	owner   string
	balance float64
	txns    []Transaction
}

func (b *baseAccount) Owner() string    { return b.owner }
func (b *baseAccount) Balance() float64 { return b.balance }
func (b *baseAccount) record(k string, a float64) {
	b.txns = append(b.txns, Transaction{k, a})
}
func (b *baseAccount) Deposit(a float64) {
	b.balance += a
	b.record("dep", a)
}
func (b *baseAccount) Withdraw(a float64) error {
	if a > b.balance {
		return fmt.Errorf("%s: cannot withdraw %.2f from %.2f", b.owner, a, b.balance)
	}
	b.balance -= a
	b.record("wd", a)
	return nil
}
func (b *baseAccount) MonthEnd() {}

type Savings struct {
	*baseAccount
	Rate        float64
	withdrawals int
}

func (s *Savings) Withdraw(a float64) error {
	if s.withdrawals >= 2 {
		return fmt.Errorf("%s: savings withdrawal limit reached", s.owner)
	}
	if err := s.baseAccount.Withdraw(a); err != nil {
		return err
	}
	s.withdrawals++
	return nil
}

func (s *Savings) MonthEnd() {
	interest := math.Round(s.balance*s.Rate/12*100) / 100
	s.Deposit(interest)
	s.withdrawals = 0
}

type Checking struct {
	*baseAccount
	Overdraft float64
	Fee       float64
}

func (c *Checking) Withdraw(a float64) error {
	if a > c.balance+c.Overdraft {
		return fmt.Errorf("%s: over overdraft limit by %.2f", c.owner, a-c.balance-c.Overdraft)
	}
	c.balance -= a
	c.record("wd", a)
	return nil
}

func (c *Checking) MonthEnd() {
	if c.balance < 0 {
		c.balance -= c.Fee
		c.record("fee", c.Fee)
	}
}

func summary(a Account) string {
	return fmt.Sprintf("%-8s %-16T %10.2f", a.Owner(), a, a.Balance())
}

func main() {
	s := &Savings{baseAccount: &baseAccount{owner: "maria"}, Rate: 0.045}
	c := &Checking{baseAccount: &baseAccount{owner: "maria"}, Overdraft: 200, Fee: 25}
	accounts := []Account{s, c}
	s.Deposit(10000)
	c.Deposit(300)
	ops := []struct {
		acc Account
		amt float64
	}{{s, 500}, {s, 100}, {s, 50}, {c, 450}, {c, 100}, {c, 20}}
	for month := 1; month <= 3; month++ {
		for _, op := range ops {
			if err := op.acc.Withdraw(op.amt); err != nil {
				fmt.Printf("m%d error: %v\n", month, err)
			}
		}
		for _, a := range accounts {
			a.MonthEnd()
		}
		c.Deposit(400)
		fmt.Printf("after month %d:\n", month)
		for _, a := range accounts {
			fmt.Println("  " + summary(a))
		}
	}
	var kinds []string
	for _, t := range c.txns {
		kinds = append(kinds, fmt.Sprintf("%s:%g", t.Kind, t.Amount))
	}
	fmt.Println(strings.Join(kinds, " "))
	fmt.Println(len(s.txns), s.txns[len(s.txns)-1])
}
