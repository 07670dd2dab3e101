package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64
	History []Txn
}

type Txn struct {
	Kind   string
	Amount int64
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[AccountID]*Account
	nextID   int
}

func (b *Bank) Open(owner string, initial int64) AccountID {
	b.nextID++
	id := AccountID(fmt.Sprintf("AC%04d", b.nextID))
	if b.accounts == nil {
		b.accounts = make(map[AccountID]*Account)
	}
	b.accounts[id] = &Account{ID: id, Owner: owner, Balance: initial, History: []Txn{{"open", initial}}}
	return id
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s of %d: %w", from, to, amt, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if src.Balance < amt {
		return ErrInsufficient
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, Txn{"out", -amt})
	dst.History = append(dst.History, Txn{"in", amt})
	return nil
}

func (b *Bank) Report() string {
	var sb strings.Builder
	ids := make([]AccountID, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var total int64
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "%s %-6s %6d %v\n", a.ID, a.Owner, a.Balance, a.History)
		total += a.Balance
	}
	fmt.Fprintf(&sb, "total %d\n", total)
	return sb.String()
}

func main() {
	var b Bank
	alice := b.Open("alice", 100)
	bob := b.Open("bob", 50)
	carol := b.Open("carol", 0)
	steps := []struct {
		from, to AccountID
		amt      int64
	}{{alice, bob, 30}, {bob, carol, 80}, {carol, alice, 1}, {bob, "AC9999", 1}, {alice, carol, 70}}
	for _, s := range steps {
		if err := b.Transfer(s.from, s.to, s.amt); err != nil {
			fmt.Println("error:", err, "| insufficient:", errors.Is(err, ErrInsufficient))
			continue
		}
		fmt.Println("ok", s.from, s.to, s.amt)
	}
	fmt.Print(b.Report())
	fmt.Printf("%+v\n", *b.accounts[carol])
}
