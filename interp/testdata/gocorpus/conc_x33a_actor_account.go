package main

import (
	"errors"
	"fmt"
)

type command interface{ apply(*state) }

type state struct {
	balance int
	history []string
}

type deposit struct {
	amount int
	reply  chan int
}

type withdraw struct {
	amount int
	reply  chan error
}

type statement struct{ reply chan []string }

func (d deposit) apply(s *state) {
	s.balance += d.amount
	s.history = append(s.history, fmt.Sprintf("+%d", d.amount))
	d.reply <- s.balance
}

var ErrOverdraft = errors.New("overdraft")

func (w withdraw) apply(s *state) {
	if w.amount > s.balance {
		w.reply <- fmt.Errorf("withdraw %d with balance %d: %w", w.amount, s.balance, ErrOverdraft)
		return
	}
	s.balance -= w.amount
	s.history = append(s.history, fmt.Sprintf("-%d", w.amount))
	w.reply <- nil
}

func (st statement) apply(s *state) {
	st.reply <- append([]string(nil), s.history...)
}

type Account struct{ inbox chan command }

func Open() *Account {
	a := &Account{inbox: make(chan command)}
	go func() {
		var s state
		for c := range a.inbox {
			c.apply(&s)
		}
	}()
	return a
}

func (a *Account) Deposit(n int) int {
	r := make(chan int)
	a.inbox <- deposit{n, r}
	return <-r
}

func (a *Account) Withdraw(n int) error {
	r := make(chan error)
	a.inbox <- withdraw{n, r}
	return <-r
}

func (a *Account) Statement() []string {
	r := make(chan []string)
	a.inbox <- statement{r}
	return <-r
}

func main() {
	acct := Open()
	defer close(acct.inbox)
	fmt.Println("balance:", acct.Deposit(100))
	fmt.Println("balance:", acct.Deposit(50))
	if err := acct.Withdraw(30); err != nil {
		fmt.Println("unexpected:", err)
	}
	err := acct.Withdraw(500)
	fmt.Println(err)
	fmt.Println("is overdraft:", errors.Is(err, ErrOverdraft))

	done := make(chan bool)
	for i := 1; i <= 10; i++ {
		go func() {
			acct.Deposit(i)
			done <- true
		}()
	}
	for i := 0; i < 10; i++ {
		<-done
	}
	hist := acct.Statement()
	fmt.Println("entries:", len(hist), "first three:", hist[:3])
	fmt.Println("final balance:", acct.Deposit(0))
	fmt.Printf("%T %T\n", deposit{}, command(withdraw{}))
}
