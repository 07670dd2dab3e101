package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Owner   string
	balance int64
	history []string
}

func (a *Account) Deposit(amt int64) {
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("+%d", amt))
}

func (a *Account) Withdraw(amt int64) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", amt, a.ID, a.balance, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("-%d", amt))
	return nil
}

func (a Account) Balance() int64 { return a.balance }

// A common mistake: value receiver, so the change is lost.
func (a Account) AddInterestWrong(pct int64) {
	a.balance += a.balance * pct / 100
}

func (a *Account) AddInterest(pct int64) {
	a.balance += a.balance * pct / 100
}

func (a Account) String() string {
	return fmt.Sprintf("%s(%s: %d)", a.ID, a.Owner, a.balance)
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id, owner string) *Account {
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	acc := &Account{ID: id, Owner: owner}
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	dst.Deposit(amt)
	return nil
}

func (b *Bank) Sorted() []*Account {
	out := make([]*Account, 0, len(b.accounts))
	for _, a := range b.accounts {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func main() {
	var bank Bank
	alice := bank.Open("A-1", "alice")
	bob := bank.Open("B-2", "bob")
	alice.Deposit(1000)
	bob.Deposit(50)

	alice.AddInterestWrong(10)
	fmt.Println("after wrong interest:", alice.Balance())
	alice.AddInterest(10)
	fmt.Println("after interest:", alice.Balance())

	for _, tr := range []struct {
		from, to string
		amt      int64
	}{{"A-1", "B-2", 300}, {"B-2", "A-1", 500}, {"A-1", "C-3", 1}, {"B-2", "A-1", 350}} {
		if err := bank.Transfer(tr.from, tr.to, tr.amt); err != nil {
			fmt.Println("error:", err, "| insufficient:", errors.Is(err, ErrInsufficient))
		}
	}
	for _, a := range bank.Sorted() {
		fmt.Println(a, a.history)
	}

	copyOfBob := *bob
	copyOfBob.Deposit(1)
	fmt.Println(bob.Balance(), copyOfBob.Balance(), len(bob.history), len(copyOfBob.history))

	f := alice.Deposit
	f(5)
	g := (*Account).Withdraw
	fmt.Println(g(alice, 10000) != nil, alice.Balance())
	h := Account.Balance
	fmt.Println(h(*alice))
	fmt.Printf("%v %+v\n", *bob, []*Account{alice})
	fmt.Println(fmt.Sprint(alice) == alice.String())
}
