// Exercises: errors - errors.New, sentinel errors compared with errors.Is, wrapping with %w and context, Unwrap, errors.Join
package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
)

type account struct {
	balance int
	frozen  bool
}

func (a *account) withdraw(n int) error {
	switch {
	case n <= 0:
		return fmt.Errorf("withdraw %d: amount must be positive", n)
	case a.frozen:
		return ErrFrozen
	case n > a.balance:
		return fmt.Errorf("withdraw %d with balance %d: %w", n, a.balance, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func transfer(from, to *account, n int) error {
	if err := from.withdraw(n); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	to.balance += n
	return nil
}

func main() {
	a, b := &account{balance: 50}, &account{}
	for _, amount := range []int{20, 100, -5, 30} {
		err := transfer(a, b, amount)
		switch {
		case err == nil:
			fmt.Println("moved", amount, "->", a.balance, b.balance)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("not enough:", err)
		default:
			fmt.Println("other error:", err)
		}
	}
	a.frozen = true
	err := transfer(a, b, 1)
	fmt.Println(err, errors.Is(err, ErrFrozen), err == ErrFrozen, errors.Unwrap(err) == ErrFrozen)
	fmt.Println(errors.Unwrap(ErrFrozen) == nil, errors.Is(err, ErrInsufficient))

	both := errors.Join(ErrFrozen, nil, fmt.Errorf("audit: %w", ErrInsufficient))
	fmt.Printf("%q\n", both.Error())
	fmt.Println(errors.Is(both, ErrInsufficient), errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("two causes: %w and %w", ErrFrozen, ErrInsufficient)
	fmt.Println(multi, errors.Is(multi, ErrFrozen), errors.Unwrap(multi) == nil)
}
