package main

import (
	"errors"
	"fmt"
)

// The account balance is owned by a single goroutine; everybody else
// talks to it over channels ("share memory by communicating").

type op interface{ isOp() }

type deposit struct {
	amount int
	done   chan int
}

type withdraw struct {
	amount int
	reply  chan error
}

type balance struct{ reply chan int }

func (deposit) isOp()  {}
func (withdraw) isOp() {}
func (balance) isOp()  {}

var ErrInsufficient = errors.New("insufficient funds")

func teller(ops <-chan op, history *[]string) {
	bal := 0
	for o := range ops {
		switch o := o.(type) {
		case deposit:
			bal += o.amount
			*history = append(*history, fmt.Sprintf("+%d", o.amount))
			o.done <- bal
		case withdraw:
			if o.amount > bal {
				o.reply <- fmt.Errorf("withdraw %d with balance %d: %w", o.amount, bal, ErrInsufficient)
				continue
			}
			bal -= o.amount
			*history = append(*history, fmt.Sprintf("-%d", o.amount))
			o.reply <- nil
		case balance:
			o.reply <- bal
		}
	}
}

type Account struct{ ops chan op }

func (a Account) Deposit(n int) int {
	done := make(chan int)
	a.ops <- deposit{n, done}
	return <-done
}

func (a Account) Withdraw(n int) error {
	reply := make(chan error)
	a.ops <- withdraw{n, reply}
	return <-reply
}

func (a Account) Balance() int {
	reply := make(chan int)
	a.ops <- balance{reply}
	return <-reply
}

func main() {
	var history []string
	acct := Account{ops: make(chan op)}
	finished := make(chan struct{})
	go func() {
		teller(acct.ops, &history)
		close(finished)
	}()

	fmt.Println("balance after deposit:", acct.Deposit(100))
	if err := acct.Withdraw(30); err != nil {
		fmt.Println("error:", err)
	}
	err := acct.Withdraw(500)
	fmt.Println("error:", err, errors.Is(err, ErrInsufficient))

	// Many concurrent depositors; the final balance is deterministic.
	results := make(chan int)
	for i := 1; i <= 10; i++ {
		go func(n int) {
			acct.Deposit(n)
			results <- n
		}(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("deposited concurrently:", sum)
	fmt.Println("balance:", acct.Balance())

	close(acct.ops)
	<-finished
	fmt.Println("operations recorded:", len(history), "first two:", history[:2])
}
