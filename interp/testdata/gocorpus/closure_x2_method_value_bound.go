// Exercises: method values bind their receiver when evaluated; method expressions take it as argument.
package main

import "fmt"

type Account struct {
	Name    string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s has %d", a.Name, a.Balance) }
func (a *Account) Deposit(n int)   { a.Balance += n }

func repeat(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	acc := Account{"ann", 10}
	describe := acc.Describe // copies acc now
	deposit := acc.Deposit   // binds &acc
	deposit(5)
	repeat(3, func() { deposit(1) })
	fmt.Println(describe())
	fmt.Println(acc.Describe())

	fns := []func() string{}
	accounts := []Account{{"x", 1}, {"y", 2}}
	for _, a := range accounts {
		fns = append(fns, a.Describe)
	}
	accounts[0].Balance = 99
	for _, f := range fns {
		fmt.Println(f())
	}
	depositExpr := (*Account).Deposit
	depositExpr(&accounts[1], 40)
	descExpr := Account.Describe
	fmt.Println(descExpr(accounts[1]))
	fmt.Printf("%T\n", descExpr)
}
