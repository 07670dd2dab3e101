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

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type TxError struct {
	Op   string
	Acct string
	Err  error
}

func (e *TxError) Error() string { return e.Op + " " + e.Acct + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Balance Cents
	History []Cents
}

type Bank struct {
	accts map[string]*Account
}

func (b *Bank) Open(id string, initial Cents) {
	b.accts[id] = &Account{ID: id, Balance: initial, History: []Cents{initial}}
}

func (b *Bank) get(op, id string) (*Account, error) {
	a, ok := b.accts[id]
	if !ok {
		return nil, &TxError{op, id, ErrNoAccount}
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %v: %w", amt, err)
		}
	}()
	src, err := b.get("withdraw", from)
	if err != nil {
		return err
	}
	dst, err := b.get("deposit", to)
	if err != nil {
		return err
	}
	if src.Balance < amt {
		return &TxError{"withdraw", from, ErrInsufficient}
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, -amt)
	dst.History = append(dst.History, amt)
	return nil
}

func (b *Bank) String() string {
	ids := make([]string, 0, len(b.accts))
	for id := range b.accts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	for _, id := range ids {
		a := b.accts[id]
		fmt.Fprintf(&sb, "%-6s %10v %v\n", id, a.Balance, a.History)
	}
	return sb.String()
}

func main() {
	b := &Bank{accts: map[string]*Account{}}
	b.Open("alice", 10000)
	b.Open("bob", 2550)
	b.Open("carol", 0)
	txs := []struct {
		from, to string
		amt      Cents
	}{
		{"alice", "bob", 1999}, {"bob", "carol", 5000}, {"carol", "dave", 1},
		{"bob", "carol", 4549}, {"carol", "alice", 1}, {"erin", "alice", 5},
	}
	for _, t := range txs {
		err := b.Transfer(t.from, t.to, t.amt)
		var te *TxError
		switch {
		case err == nil:
			fmt.Println("ok", t.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &te):
			fmt.Println("tx error op="+te.Op, "acct="+te.Acct, "|", err)
		}
	}
	fmt.Print(b)
	total := Cents(0)
	for _, a := range b.accts {
		total += a.Balance
	}
	fmt.Println("total", total, Cents(-5), Cents(7))
}
