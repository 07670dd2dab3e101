// Exercises: bank account with custom error types, errors.As/Is, wrapping with %w, errors.Join, pointer receivers
package main

import (
	"errors"
	"fmt"
)

var ErrFrozen = errors.New("account frozen")

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Account struct {
	Owner   string
	balance int
	frozen  bool
	log     []string
}

func (a *Account) Withdraw(n int) error {
	if a.frozen {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Owner, ErrFrozen)
	}
	if n > a.balance {
		return fmt.Errorf("withdraw: %w", &InsufficientFunds{n, a.balance})
	}
	a.balance -= n
	a.log = append(a.log, fmt.Sprintf("-%d", n))
	return nil
}

func (a *Account) Deposit(n int) { a.balance += n; a.log = append(a.log, fmt.Sprintf("+%d", n)) }

func main() {
	acc := &Account{Owner: "ann"}
	acc.Deposit(100)
	var errs []error
	for _, n := range []int{30, 80, 50} {
		if err := acc.Withdraw(n); err != nil {
			errs = append(errs, err)
			var inf *InsufficientFunds
			if errors.As(err, &inf) {
				fmt.Println("short by", inf.Need-inf.Have, "-", err)
			}
		}
	}
	acc.frozen = true
	errs = append(errs, acc.Withdraw(1))
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrFrozen), errors.Unwrap(errs[0]) != nil, acc.balance, acc.log)
	fmt.Printf("%v|%+v\n", errs[len(errs)-1], *acc)
}
