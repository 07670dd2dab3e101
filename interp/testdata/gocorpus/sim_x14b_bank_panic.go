package main

import (
	"errors"
	"fmt"
	"sort"
)

type Account struct {
	ID      string
	Balance int64
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

var ErrFunds = errors.New("insufficient funds")

func (b *Bank) get(id string) *Account {
	a, ok := b.accounts[id]
	if !ok {
		panic(fmt.Sprintf("no account %q", id))
	}
	return a
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transfer aborted: %v", r)
		}
	}()
	if amt <= 0 {
		panic(errors.New("non-positive amount"))
	}
	src, dst := b.get(from), b.get(to)
	if src.Balance < amt {
		return fmt.Errorf("%s -> %s (%d): %w", from, to, amt, ErrFunds)
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, fmt.Sprintf("-%d>%s", amt, to))
	dst.History = append(dst.History, fmt.Sprintf("+%d<%s", amt, from))
	return nil
}

func mustPositive(x int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	arr := []int{1, 2, 3}
	return arr[x]
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol"} {
		b.accounts[id] = &Account{ID: id, Balance: 100}
	}
	ops := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 30}, {"bob", "carol", 200}, {"carol", "dave", 5}, {"alice", "carol", -1}, {"carol", "alice", 100}}
	for _, op := range ops {
		if err := b.Transfer(op.from, op.to, op.amt); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFunds))
		}
	}
	ids := make([]string, 0)
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Println(id, a.Balance, a.History)
	}
	fmt.Println(mustPositive(1), mustPositive(5))
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2, recovered:", recover())
	}()
	var m map[string]int
	m["boom"] = 1
}
