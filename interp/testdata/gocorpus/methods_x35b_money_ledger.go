package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Owner   string
	balance Cents
	history []Txn
}

type Txn struct {
	Kind   string
	Amount Cents
	Memo   string
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Deposit(amt Cents, memo string) {
	a.balance += amt
	a.history = append(a.history, Txn{"deposit", amt, memo})
}

func (a *Account) Withdraw(amt Cents, memo string) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %v from %s (balance %v): %w", amt, a.ID, a.balance, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, Txn{"withdraw", -amt, memo})
	return nil
}

func (a Account) Balance() Cents { return a.balance }

type Ledger struct {
	accounts map[string]*Account
}

func (l *Ledger) Open(id, owner string) *Account {
	if l.accounts == nil {
		l.accounts = map[string]*Account{}
	}
	acc := &Account{ID: id, Owner: owner}
	l.accounts[id] = acc
	return acc
}

func (l *Ledger) Transfer(from, to string, amt Cents) (err error) {
	src, dst := l.accounts[from], l.accounts[to]
	if src == nil || dst == nil {
		return fmt.Errorf("transfer: unknown account in %s->%s", from, to)
	}
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if err = src.Withdraw(amt, "to "+to); err != nil {
		return err
	}
	dst.Deposit(amt, "from "+from)
	return nil
}

func main() {
	var l Ledger
	alice := l.Open("A-1", "Alice")
	bob := l.Open("B-2", "Bob")
	alice.Deposit(12550, "salary")
	bob.Deposit(300, "gift")

	steps := []struct {
		from, to string
		amt      Cents
	}{{"A-1", "B-2", 2599}, {"B-2", "A-1", 5000}, {"B-2", "C-3", 1}, {"B-2", "A-1", 2899}}
	for _, s := range steps {
		err := l.Transfer(s.from, s.to, s.amt)
		fmt.Printf("%s -> %s %v: err=%v insufficient=%t\n", s.from, s.to, s.amt, err, errors.Is(err, ErrInsufficient))
	}

	ids := make([]string, 0)
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := l.accounts[id]
		var memos []string
		for _, t := range a.history {
			memos = append(memos, fmt.Sprintf("%s %v (%s)", t.Kind, t.Amount, t.Memo))
		}
		fmt.Printf("%s %-5s %8v | %s\n", a.ID, a.Owner, a.Balance(), strings.Join(memos, "; "))
	}
	balance := alice.Balance
	alice.Deposit(1, "penny")
	fmt.Println(balance(), Cents(-1234), Cents(5))
	fmt.Printf("%v %d %+v\n", bob.history[0], bob.Balance(), bob.history[len(bob.history)-1])
}
