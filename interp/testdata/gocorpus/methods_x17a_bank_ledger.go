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
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	balance Cents
	history []string
}

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	Op  string
	Acc string
	Err error
}

func (e *TxError) Error() string { return e.Op + " " + e.Acc + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

func (a *Account) Deposit(c Cents) {
	a.balance += c
	a.history = append(a.history, "+"+c.String())
}

func (a *Account) Withdraw(c Cents) error {
	if c > a.balance {
		return &TxError{"withdraw", a.ID, ErrInsufficient}
	}
	a.balance -= c
	a.history = append(a.history, "-"+c.String())
	return nil
}

func (a Account) Balance() Cents { return a.balance }

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Get(id string) *Account {
	if a, ok := b.accounts[id]; ok {
		return a
	}
	a := &Account{ID: id}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, c Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s %v: %w", from, to, c, err)
		}
	}()
	if err := b.Get(from).Withdraw(c); err != nil {
		return err
	}
	b.Get(to).Deposit(c)
	return nil
}

const ledger = `dep alice 10000
dep bob 2550
xfer alice bob 3333
xfer bob carol 6000
xfer bob carol 5883
dep carol 1
xfer carol alice 99999`

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	for _, l := range strings.Split(ledger, "\n") {
		f := strings.Fields(l)
		var amt Cents
		fmt.Sscan(f[len(f)-1], &amt)
		switch f[0] {
		case "dep":
			bank.Get(f[1]).Deposit(amt)
		case "xfer":
			if err := bank.Transfer(f[1], f[2], amt); err != nil {
				var te *TxError
				fmt.Println("failed:", err, errors.Is(err, ErrInsufficient), errors.As(err, &te) && te.Acc == f[1])
			}
		}
	}
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total Cents
	for _, id := range ids {
		a := bank.accounts[id]
		total += a.Balance()
		fmt.Printf("%-6s %10v %v\n", id, a.Balance(), a.history)
	}
	fmt.Println("total", total, Cents(-5), Cents(7))
	deposit := bank.Get("dave").Deposit
	deposit(42)
	deposit(58)
	fmt.Println(bank.Get("dave").Balance(), len(bank.accounts))
}
