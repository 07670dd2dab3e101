// Exercises: constructor functions returning pointers, unexported fields, getters
package main

import (
	"errors"
	"fmt"
)

type Account struct {
	owner   string
	balance int
}

func NewAccount(owner string, initial int) (*Account, error) {
	if initial < 0 {
		return nil, errors.New("negative initial balance")
	}
	return &Account{owner: owner, balance: initial}, nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("%s: insufficient funds: have %d, need %d", a.owner, a.balance, n)
	}
	a.balance -= n
	return nil
}

func main() {
	acc, err := NewAccount("bob", 50)
	fmt.Println(err, acc.balance)
	fmt.Println(acc.Withdraw(20), acc.balance)
	fmt.Println(acc.Withdraw(100))
	_, err = NewAccount("eve", -1)
	fmt.Println(err)
	fmt.Printf("%+v\n", *acc)
}
