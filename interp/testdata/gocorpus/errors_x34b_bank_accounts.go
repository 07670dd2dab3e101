package main

import (
	"errors"
	"fmt"
	"sort"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	Balance int64
	Frozen  bool
}

var (
	ErrNotFound = errors.New("account not found")
	ErrFrozen   = errors.New("account frozen")
)

type OverdraftError struct {
	ID      AccountID
	Balance int64
	Amount  int64
}

func (e OverdraftError) Error() string {
	return fmt.Sprintf("overdraft on %s: balance %d, tried %d", e.ID, e.Balance, e.Amount)
}

type Bank struct {
	accounts map[AccountID]*Account
	ledger   []string
}

func (b *Bank) get(id AccountID) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("get %s: %w", id, ErrNotFound)
	}
	if a.Frozen {
		return nil, fmt.Errorf("get %s: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.ledger = append(b.ledger, fmt.Sprintf("%s->%s %d %s", from, to, amt, status))
	}()
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer: %w", OverdraftError{from, src.Balance, amt})
	}
	src.Balance -= amt
	dst.Balance += amt
	return nil
}

func main() {
	b := &Bank{accounts: map[AccountID]*Account{}}
	for _, a := range []*Account{
		{ID: "A-1", Owner: "Ann", Balance: 500},
		{ID: "B-2", Owner: "Bo", Balance: 120},
		{ID: "C-3", Owner: "Cy", Balance: 0, Frozen: true},
	} {
		b.accounts[a.ID] = a
	}
	tries := []struct {
		from, to AccountID
		amt      int64
	}{{"A-1", "B-2", 200}, {"B-2", "A-1", 1000}, {"A-1", "C-3", 10}, {"Z-9", "A-1", 1}, {"B-2", "A-1", 320}}
	for _, t := range tries {
		err := b.Transfer(t.from, t.to, t.amt)
		var od OverdraftError
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &od):
			fmt.Printf("short by %d: %v\n", od.Amount-od.Balance, err)
		case errors.Is(err, ErrFrozen):
			fmt.Println("frozen:", err)
		default:
			fmt.Println("other:", err, errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
		}
	}
	ids := make([]AccountID, 0)
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		fmt.Printf("%+v\n", *b.accounts[id])
	}
	fmt.Printf("%q\n", b.ledger)
}
