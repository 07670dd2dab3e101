package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountState int

const (
	Open AccountState = iota
	Frozen
	Closed
)

func (s AccountState) String() string { return [...]string{"open", "frozen", "closed"}[s] }

type Account struct {
	ID      string
	Balance int64
	State   AccountState
	History []string
}

type TxError struct {
	Op  string
	Acc string
	Err error
}

func (e *TxError) Error() string { return e.Op + " " + e.Acc + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNotOpen      = errors.New("account not open")
	ErrNoAccount    = errors.New("no such account")
)

type Bank struct{ accounts map[string]*Account }

func (b *Bank) get(op, id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, &TxError{op, id, ErrNoAccount}
	}
	if a.State != Open {
		return nil, &TxError{op, id, fmt.Errorf("%w (%v)", ErrNotOpen, a.State)}
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	src, err := b.get("transfer", from)
	if err != nil {
		return err
	}
	dst, err := b.get("transfer", to)
	if err != nil {
		return err
	}
	if src.Balance < amt {
		return &TxError{"transfer", from, ErrInsufficient}
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, fmt.Sprintf("-%d->%s", amt, to))
	dst.History = append(dst.History, fmt.Sprintf("+%d<-%s", amt, from))
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	for i, id := range []string{"alice", "bob", "carol"} {
		b.accounts[id] = &Account{ID: id, Balance: int64(100 * (i + 1))}
	}
	b.accounts["carol"].State = Frozen
	ops := []struct {
		from, to string
		amt      int64
	}{
		{"alice", "bob", 50}, {"bob", "alice", 500}, {"alice", "carol", 10},
		{"dave", "bob", 1}, {"bob", "alice", 125}, {"alice", "bob", 175},
	}
	var failures []error
	for _, op := range ops {
		if err := b.Transfer(op.from, op.to, op.amt); err != nil {
			failures = append(failures, err)
		}
	}
	for _, err := range failures {
		var te *TxError
		if errors.As(err, &te) {
			fmt.Printf("%-40s op=%s insufficient=%t notopen=%t\n", err, te.Op,
				errors.Is(err, ErrInsufficient), errors.Is(err, ErrNotOpen))
		}
	}
	joined := errors.Join(failures...)
	fmt.Println(strings.Count(joined.Error(), "\n")+1, "errors joined;", errors.Is(joined, ErrNoAccount))
	ids := make([]string, 0)
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %4d %-6v %v\n", a.ID, a.Balance, a.State, a.History)
	}
}
