package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound     = errors.New("account not found")
	ErrFrozen       = errors.New("account frozen")
	ErrInvalidInput = errors.New("invalid input")
)

type InsufficientFundsError struct {
	Account string
	Need    int
	Have    int
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds in %s: need %d, have %d", e.Account, e.Need, e.Have)
}

type TxError struct {
	Op  string
	Err error
}

func (e TxError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e TxError) Unwrap() error { return e.Err }

type Bank struct {
	balances map[string]int
	frozen   map[string]bool
	log      []string
}

func NewBank() *Bank {
	return &Bank{balances: map[string]int{}, frozen: map[string]bool{}}
}

func (b *Bank) Open(name string, amount int) {
	b.balances[name] = amount
}

func (b *Bank) withdraw(name string, amount int) error {
	bal, ok := b.balances[name]
	if !ok {
		return fmt.Errorf("withdraw %q: %w", name, ErrNotFound)
	}
	if b.frozen[name] {
		return fmt.Errorf("withdraw %q: %w", name, ErrFrozen)
	}
	if amount <= 0 {
		return fmt.Errorf("amount %d: %w", amount, ErrInvalidInput)
	}
	if bal < amount {
		return &InsufficientFundsError{name, amount, bal}
	}
	b.balances[name] = bal - amount
	return nil
}

func (b *Bank) Transfer(from, to string, amount int) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.log = append(b.log, fmt.Sprintf("%s->%s %d %s", from, to, amount, status))
	}()
	if _, ok := b.balances[to]; !ok {
		return TxError{"transfer", fmt.Errorf("target %q: %w", to, ErrNotFound)}
	}
	if err := b.withdraw(from, amount); err != nil {
		return TxError{"transfer", err}
	}
	b.balances[to] += amount
	return nil
}

func main() {
	b := NewBank()
	b.Open("alice", 100)
	b.Open("bob", 20)
	b.Open("carol", 0)
	b.frozen["carol"] = true

	tries := []struct {
		from, to string
		amt      int
	}{
		{"alice", "bob", 30}, {"bob", "alice", 80}, {"carol", "bob", 1},
		{"dave", "bob", 5}, {"alice", "erin", 5}, {"alice", "bob", -3},
	}
	for _, t := range tries {
		err := b.Transfer(t.from, t.to, t.amt)
		if err == nil {
			fmt.Println("OK  ", t.from, "->", t.to, t.amt)
			continue
		}
		fmt.Println("ERR ", err)
		var ife *InsufficientFundsError
		var te TxError
		switch {
		case errors.As(err, &ife):
			fmt.Printf("     short by %d\n", ife.Need-ife.Have)
		case errors.Is(err, ErrNotFound):
			fmt.Println("     missing account")
		case errors.Is(err, ErrFrozen):
			fmt.Println("     frozen")
		default:
			fmt.Println("     other:", errors.Unwrap(err))
		}
		if errors.As(err, &te) {
			fmt.Printf("     op=%s inner=%T\n", te.Op, te.Err)
		}
	}
	fmt.Println(b.balances)
	for _, l := range b.log {
		fmt.Println(l)
	}
	joined := errors.Join(ErrFrozen, fmt.Errorf("ctx: %w", ErrNotFound))
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Is(joined, ErrInvalidInput))
	fmt.Printf("%q\n", joined.Error())
}
