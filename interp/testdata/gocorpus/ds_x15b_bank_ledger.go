package main

import (
	"errors"
	"fmt"
	"slices"
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
	Balance Cents
	Limit   Cents
	history []Tx
}

type Tx struct {
	Seq    int
	Kind   string
	Amount Cents
	Ref    string
}

type InsufficientFunds struct {
	Acct      string
	Need, Has Cents
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: need %v, has %v", e.Acct, e.Need, e.Has)
}

type Bank struct {
	accounts map[string]*Account
	seq      int
}

func (b *Bank) Open(id, owner string, limit Cents) *Account {
	a := &Account{ID: id, Owner: owner, Limit: limit}
	if b.accounts == nil {
		b.accounts = map[string]*Account{}
	}
	b.accounts[id] = a
	return a
}

func (b *Bank) record(a *Account, kind string, amt Cents, ref string) {
	b.seq++
	a.history = append(a.history, Tx{b.seq, kind, amt, ref})
}

func (b *Bank) Deposit(id string, amt Cents) error {
	a, ok := b.accounts[id]
	if !ok {
		return fmt.Errorf("deposit: no account %q", id)
	}
	a.Balance += amt
	b.record(a, "dep", amt, "")
	return nil
}

func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s %v: %w", from, to, amt, err)
		}
	}()
	src, dst := b.accounts[from], b.accounts[to]
	if src == nil || dst == nil {
		return errors.New("unknown account")
	}
	if src.Balance+src.Limit < amt {
		return InsufficientFunds{from, amt, src.Balance + src.Limit}
	}
	src.Balance -= amt
	dst.Balance += amt
	b.record(src, "out", -amt, to)
	b.record(dst, "in", amt, from)
	return nil
}

func main() {
	var bank Bank
	bank.Open("1", "alice", 0)
	bank.Open("2", "bob", 5000)
	bank.Open("3", "carol", 0)
	fmt.Println(bank.Deposit("1", 12050), bank.Deposit("9", 1))
	steps := [][3]any{{"1", "2", Cents(5025)}, {"2", "3", Cents(9000)}, {"3", "1", Cents(100)}, {"2", "3", Cents(2000)}, {"1", "4", Cents(1)}}
	for _, s := range steps {
		err := bank.Transfer(s[0].(string), s[1].(string), s[2].(Cents))
		var inf InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &inf):
			fmt.Println("insufficient:", inf.Acct, inf.Need-inf.Has, "|", err)
		default:
			fmt.Println("error:", err)
		}
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for k := range bank.accounts {
			if !yield(k) {
				return
			}
		}
	})
	for _, id := range ids {
		a := bank.accounts[id]
		var hs []string
		for _, t := range a.history {
			hs = append(hs, fmt.Sprintf("#%d %s %v %s", t.Seq, t.Kind, t.Amount, t.Ref))
		}
		fmt.Printf("%s %-5s %9v | %s\n", a.ID, a.Owner, a.Balance, strings.Join(hs, "; "))
	}
}
