// Exercises: notebook style: package-level balances and a sentinel error, helpers returning wrapped errors
package main

import (
	"errors"
	"fmt"
)

var ErrFunds = errors.New("insufficient funds")
var balances = map[string]int{"ann": 100, "bob": 20}

func transfer(from, to string, amt int) error {
	if balances[from] < amt {
		return fmt.Errorf("transfer %d from %s: %w", amt, from, ErrFunds)
	}
	balances[from] -= amt
	balances[to] += amt
	return nil
}

func attempt(from, to string, amt int) {
	if err := transfer(from, to, amt); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrFunds))
		return
	}
	fmt.Println("ok", balances)
}

func main() {
	attempt("ann", "bob", 30)
	attempt("bob", "ann", 100)
	attempt("bob", "carl", 50)
}
