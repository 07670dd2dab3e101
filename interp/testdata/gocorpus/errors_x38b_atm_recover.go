package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ATMError struct {
	Code int
	Op   string
	Err  error
}

func (e *ATMError) Error() string {
	return fmt.Sprintf("ATM-%03d %s: %v", e.Code, e.Op, e.Err)
}

func (e *ATMError) Unwrap() error { return e.Err }

var (
	ErrBadPIN    = errors.New("wrong PIN")
	ErrLocked    = errors.New("card locked")
	ErrNoCash    = errors.New("machine out of cash")
	ErrOddAmount = errors.New("amount must be a multiple of 20")
)

type Card struct {
	Number   string
	pin      string
	attempts int
	balance  int
}

type ATM struct {
	cash  int
	notes map[int]int
}

func (a *ATM) auth(c *Card, pin string) error {
	if c.attempts >= 3 {
		return &ATMError{101, "auth", ErrLocked}
	}
	if pin != c.pin {
		c.attempts++
		return &ATMError{100, "auth", fmt.Errorf("%w (%d left)", ErrBadPIN, 3-c.attempts)}
	}
	c.attempts = 0
	return nil
}

func (a *ATM) Withdraw(c *Card, pin, amountText string) (dispensed map[int]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ATMError{999, "withdraw", fmt.Errorf("internal fault: %v", r)}
		}
	}()
	if err := a.auth(c, pin); err != nil {
		return nil, err
	}
	amount, err := strconv.Atoi(amountText)
	if err != nil {
		return nil, &ATMError{200, "parse", err}
	}
	if amount%20 != 0 {
		return nil, &ATMError{201, "withdraw", ErrOddAmount}
	}
	if amount > a.cash {
		return nil, &ATMError{300, "withdraw", ErrNoCash}
	}
	if amount > c.balance {
		return nil, fmt.Errorf("balance %d < %d", c.balance, amount)
	}
	dispensed = map[int]int{}
	left := amount
	for _, n := range []int{100, 50, 20} {
		for left >= n && a.notes[n] > 0 {
			a.notes[n]--
			dispensed[n]++
			left -= n
		}
	}
	_ = 100 / (left - left + len(dispensed)) // a bug hiding in production code
	c.balance -= amount
	a.cash -= amount
	return dispensed, nil
}

func main() {
	atm := &ATM{cash: 500, notes: map[int]int{100: 2, 50: 2, 20: 10}}
	card := &Card{Number: "4111-0001", pin: "1234", balance: 800}
	tries := []struct{ pin, amt string }{
		{"1234", "170"}, {"1234", "abc"}, {"1234", "260"}, {"0000", "20"},
		{"1234", "0"}, {"1234", "600"}, {"9999", "20"}, {"9999", "20"}, {"9999", "20"}, {"1234", "20"},
	}
	for i, t := range tries {
		d, err := atm.Withdraw(card, t.pin, t.amt)
		var ae *ATMError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%d: dispensed %v, balance %d\n", i, d, card.balance)
		case errors.As(err, &ne):
			fmt.Printf("%d: bad number %q (%v)\n", i, ne.Num, ne.Err)
		case errors.Is(err, ErrLocked):
			fmt.Printf("%d: LOCKED %v\n", i, err)
		case errors.As(err, &ae):
			fmt.Printf("%d: code=%d %v\n", i, ae.Code, err)
		default:
			fmt.Printf("%d: %v\n", i, err)
		}
	}
	fmt.Println("cash left:", atm.cash, atm.notes)
}
