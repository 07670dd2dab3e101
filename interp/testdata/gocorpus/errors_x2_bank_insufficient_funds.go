// Exercises: a bank account with a custom *InsufficientFundsError carrying data, matched with errors.As.
package main

import (
	"errors"
	"fmt"
)

var ErrAccountClosed = errors.New("account closed")

type InsufficientFundsError struct {
	Balance, Requested int
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds: balance %d, requested %d", e.Balance, e.Requested)
}

func (e *InsufficientFundsError) Shortfall() int { return e.Requested - e.Balance }

type Account struct {
	Owner   string
	balance int
	closed  bool
}

func (a *Account) Withdraw(amount int) error {
	if a.closed {
		return fmt.Errorf("withdraw from %s: %w", a.Owner, ErrAccountClosed)
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw from %s: %w", a.Owner, &InsufficientFundsError{a.balance, amount})
	}
	a.balance -= amount
	return nil
}

func main() {
	acct := &Account{Owner: "alice", balance: 100}
	for _, amt := range []int{30, 50, 40} {
		err := acct.Withdraw(amt)
		var ife *InsufficientFundsError
		switch {
		case err == nil:
			fmt.Println("withdrew", amt, "left", acct.balance)
		case errors.As(err, &ife):
			fmt.Println(err, "| short by", ife.Shortfall())
		default:
			fmt.Println("other error:", err)
		}
	}
	acct.closed = true
	err := acct.Withdraw(1)
	fmt.Println(err, errors.Is(err, ErrAccountClosed))
}
