package main

import (
	"errors"
	"fmt"
	"sort"
)

type AccountID string

type InsufficientFunds struct {
	ID         AccountID
	Have, Need int
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (have %d, need %d)", e.ID, e.Have, e.Need)
}

var (
	ErrUnknown  = errors.New("unknown account")
	ErrSameAcct = errors.New("same account")
	ErrAmount   = errors.New("amount must be positive")
)

type Ledger struct {
	balances map[AccountID]int
	journal  []string
}

func (l *Ledger) Transfer(from, to AccountID, amt int) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "FAILED: " + err.Error()
		}
		l.journal = append(l.journal, fmt.Sprintf("%s->%s %d %s", from, to, amt, status))
	}()
	if amt <= 0 {
		return fmt.Errorf("transfer %d: %w", amt, ErrAmount)
	}
	if from == to {
		return ErrSameAcct
	}
	fb, ok := l.balances[from]
	if !ok {
		return fmt.Errorf("from %q: %w", from, ErrUnknown)
	}
	if _, ok := l.balances[to]; !ok {
		return fmt.Errorf("to %q: %w", to, ErrUnknown)
	}
	if fb < amt {
		return fmt.Errorf("transfer: %w", InsufficientFunds{from, fb, amt})
	}
	l.balances[from] -= amt
	l.balances[to] += amt
	return nil
}

func (l *Ledger) MustTransfer(from, to AccountID, amt int) {
	if err := l.Transfer(from, to, amt); err != nil {
		panic(err)
	}
}

func (l *Ledger) Batch(ops [][3]any) (done int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("batch aborted at op %d: %v", done, r)
		}
	}()
	for _, op := range ops {
		l.MustTransfer(op[0].(AccountID), op[1].(AccountID), op[2].(int))
		done++
	}
	return done, nil
}

func main() {
	l := &Ledger{balances: map[AccountID]int{"alice": 100, "bob": 50, "carol": 0}}
	tries := []struct {
		from, to AccountID
		amt      int
	}{{"alice", "bob", 30}, {"bob", "carol", 100}, {"carol", "carol", 1}, {"dave", "bob", 5}, {"bob", "erin", 5}, {"alice", "carol", -2}, {"bob", "carol", 80}}
	for _, t := range tries {
		err := l.Transfer(t.from, t.to, t.amt)
		var inf InsufficientFunds
		switch {
		case err == nil:
		case errors.As(err, &inf):
			fmt.Println("short by", inf.Need-inf.Have, "in", inf.ID)
		case errors.Is(err, ErrUnknown), errors.Is(err, ErrSameAcct):
			fmt.Println("routing:", err)
		default:
			fmt.Println("other:", err)
		}
	}
	done, err := l.Batch([][3]any{{AccountID("carol"), AccountID("alice"), 10}, {AccountID("alice"), AccountID("bob"), 1000}, {AccountID("bob"), AccountID("alice"), 1}})
	fmt.Println(done, err)
	ids := make([]string, 0)
	for id := range l.balances {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Printf("%-6s %4d\n", id, l.balances[AccountID(id)])
	}
	for i, j := range l.journal {
		fmt.Println(i, j)
	}
}
