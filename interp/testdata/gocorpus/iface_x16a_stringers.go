package main

import (
	"errors"
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("currency mismatch %s/%s", m.Currency, o.Currency)
	}
	return Money{m.Cents + o.Cents, m.Currency}, nil
}

type Ledger []Money

func (l Ledger) String() string {
	parts := make([]string, len(l))
	for i, m := range l {
		parts[i] = m.String()
	}
	return "Ledger[" + strings.Join(parts, "; ") + "]"
}

type Status bool

func (s Status) String() string {
	if s {
		return "ACTIVE"
	}
	return "inactive"
}

type Account struct {
	Owner  string
	Status Status
	Ledger Ledger
}

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("error code %d", int(e)) }

func main() {
	l := Ledger{{1050, "EUR"}, {-299, "EUR"}, {7, "EUR"}}
	fmt.Println(l)
	total := Money{0, "EUR"}
	for _, m := range l {
		total, _ = total.Add(m)
	}
	fmt.Println("total:", total)
	_, err := total.Add(Money{1, "USD"})
	fmt.Println(err)
	acc := Account{"zed", true, l[:1]}
	fmt.Printf("%v\n%+v\n", acc, acc)
	fmt.Println(Status(false), []Status{true, false}, map[string]Money{"x": {5, "GBP"}})
	fmt.Printf("%s %v %v %x\n", Money{-5, "JPY"}, Money{1, "A"}, &Money{250, "CHF"}, Status(true))
	var e error = ErrCode(404)
	fmt.Println(e, fmt.Sprintf("%v|%d", e, e))
	var target ErrCode
	wrapped := fmt.Errorf("req: %w", e)
	fmt.Println(errors.As(wrapped, &target), target, int(target))
}
