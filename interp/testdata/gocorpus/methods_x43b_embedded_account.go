package main

import (
	"fmt"
	"sync"
)

type Ledger struct {
	sync.Mutex
	entries []string
}

func (l *Ledger) Record(format string, args ...any) {
	l.Lock()
	defer l.Unlock()
	l.entries = append(l.entries, fmt.Sprintf(format, args...))
}

type Account struct {
	*Ledger
	Owner   string
	balance int
}

func (a *Account) Deposit(n int) {
	a.Lock()
	a.balance += n
	a.Unlock()
	a.Record("%s +%d", a.Owner, n)
}

type SavingsAccount struct {
	Account
	RatePct int
}

func (s *SavingsAccount) AddInterest() {
	s.Lock()
	interest := s.balance * s.RatePct / 100
	s.balance += interest
	s.Unlock()
	s.Record("%s interest %d", s.Owner, interest)
}

type Depositor interface{ Deposit(int) }

func main() {
	ledger := &Ledger{}
	chk := &Account{Ledger: ledger, Owner: "chk"}
	sav := &SavingsAccount{Account: Account{Ledger: ledger, Owner: "sav"}, RatePct: 5}
	var wg sync.WaitGroup
	for _, d := range []Depositor{chk, sav} {
		for i := 1; i <= 4; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d.Deposit(i * 25)
			}()
		}
	}
	wg.Wait()
	sav.AddInterest()
	fmt.Println(chk.balance, sav.balance, len(ledger.entries))
	fmt.Println(ledger.entries[len(ledger.entries)-1])
	fmt.Printf("%T %T\n", chk.Ledger, sav.Account)
	var d Depositor = sav
	_, ok := d.(*SavingsAccount)
	_, ok2 := d.(*Account)
	fmt.Println(ok, ok2)
	fmt.Printf("%+v\n", sav.Account.Owner)
}
