package main

import (
	"fmt"
	"strings"
)

type Message interface{ isMessage() }

type Deposit struct{ Amount int }
type Withdraw struct {
	Amount int
	Reply  chan error
}
type Balance struct{ Reply chan int }
type Stop struct{ Done chan struct{} }

func (Deposit) isMessage()  {}
func (Withdraw) isMessage() {}
func (Balance) isMessage()  {}
func (Stop) isMessage()     {}

type Actor struct {
	name    string
	mailbox chan Message
	log     []string
}

func Spawn(name string) *Actor {
	a := &Actor{name: name, mailbox: make(chan Message, 8)}
	go a.loop()
	return a
}

func (a *Actor) loop() {
	balance := 0
	for msg := range a.mailbox {
		switch m := msg.(type) {
		case Deposit:
			balance += m.Amount
			a.log = append(a.log, fmt.Sprintf("+%d", m.Amount))
		case Withdraw:
			if m.Amount > balance {
				m.Reply <- fmt.Errorf("%s: cannot withdraw %d, have %d", a.name, m.Amount, balance)
				continue
			}
			balance -= m.Amount
			a.log = append(a.log, fmt.Sprintf("-%d", m.Amount))
			m.Reply <- nil
		case Balance:
			m.Reply <- balance
		case Stop:
			close(m.Done)
			return
		default:
			panic(fmt.Sprintf("unknown message %T", m))
		}
	}
}

func (a *Actor) Send(m Message) { a.mailbox <- m }

func main() {
	alice := Spawn("alice")
	alice.Send(Deposit{100})
	alice.Send(Deposit{50})
	for _, amt := range []int{30, 200, 20} {
		reply := make(chan error)
		alice.Send(Withdraw{amt, reply})
		if err := <-reply; err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("withdrew", amt)
		}
	}
	bal := make(chan int)
	alice.Send(Balance{bal})
	fmt.Println("balance:", <-bal)
	done := make(chan struct{})
	alice.Send(Stop{done})
	<-done
	fmt.Println("log:", strings.Join(alice.log, " "))
	fmt.Printf("%T %v\n", Deposit{5}, Deposit{5})
}
