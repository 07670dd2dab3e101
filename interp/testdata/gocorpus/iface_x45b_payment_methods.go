package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type PaymentMethod interface {
	Charge(amount Cents) (fee Cents, err error)
	fmt.Stringer
}

type Card struct {
	Brand string
	Last4 string
	Limit Cents
	used  Cents
}

func (c *Card) Charge(a Cents) (Cents, error) {
	if c.used+a > c.Limit {
		return 0, fmt.Errorf("%s declined: over limit by %v", c, c.used+a-c.Limit)
	}
	c.used += a
	return 30 + a*29/1000, nil
}

func (c *Card) String() string { return c.Brand + " ****" + c.Last4 }

type BankTransfer struct{ IBAN string }

func (b BankTransfer) Charge(a Cents) (Cents, error) {
	if a < 100 {
		return 0, errors.New("transfer minimum is $1.00")
	}
	return 50, nil
}

func (b BankTransfer) String() string {
	return "SEPA " + b.IBAN[:4] + strings.Repeat("*", len(b.IBAN)-8) + b.IBAN[len(b.IBAN)-4:]
}

type Wallet struct {
	Provider string
	Balance  Cents
}

func (w *Wallet) Charge(a Cents) (Cents, error) {
	if a > w.Balance {
		return 0, errors.New("wallet: insufficient balance")
	}
	w.Balance -= a
	return 0, nil
}

func (w *Wallet) String() string { return fmt.Sprintf("%s wallet (%v)", w.Provider, w.Balance) }

func main() {
	methods := []PaymentMethod{
		&Card{Brand: "VISA", Last4: "4242", Limit: 50000},
		BankTransfer{IBAN: "DE89370400440532013000"},
		&Wallet{"PayCo", 2500},
	}
	orders := []Cents{1999, 45000, 50, 1200, 8000}
	var totalFees Cents
	for _, o := range orders {
		for _, m := range methods {
			fee, err := m.Charge(o)
			if err != nil {
				fmt.Printf("  %-28v %8v  FAIL %v\n", m, o, err)
				continue
			}
			totalFees += fee
			fmt.Printf("  %-28v %8v  ok fee=%v\n", m, o, fee)
			break
		}
	}
	fmt.Println("fees:", totalFees)
	for _, m := range methods {
		switch v := m.(type) {
		case *Card:
			fmt.Printf("%T used %v of %v\n", v, v.used, v.Limit)
		case *Wallet:
			fmt.Printf("%T left %v\n", v, v.Balance)
		default:
			fmt.Printf("%T %v\n", v, v)
		}
	}
}
