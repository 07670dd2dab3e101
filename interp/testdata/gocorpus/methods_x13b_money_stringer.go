package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Currency string

type Money struct {
	Amount   Cents
	Currency Currency
}

func (m Money) String() string { return fmt.Sprintf("%v %s", m.Amount, m.Currency) }

var ErrCurrencyMismatch = errors.New("currency mismatch")

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("add %v + %v: %w", m, o, ErrCurrencyMismatch)
	}
	return Money{m.Amount + o.Amount, m.Currency}, nil
}

func (m Money) Split(n int) []Money {
	base := m.Amount / Cents(n)
	rem := m.Amount % Cents(n)
	out := make([]Money, n)
	for i := range out {
		out[i] = Money{base, m.Currency}
		if Cents(i) < rem {
			out[i].Amount++
		}
	}
	return out
}

type Ledger struct {
	balances map[Currency]Cents
}

func (l *Ledger) Post(m Money) {
	if l.balances == nil {
		l.balances = make(map[Currency]Cents)
	}
	l.balances[m.Currency] += m.Amount
}

func (l Ledger) String() string {
	keys := make([]string, 0, len(l.balances))
	for k := range l.balances {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s:%v ", k, l.balances[Currency(k)])
	}
	return strings.TrimSpace(b.String())
}

func main() {
	a := Money{1050, "USD"}
	b := Money{-275, "USD"}
	c := Money{999, "EUR"}
	sum, err := a.Add(b)
	fmt.Println(sum, err)
	_, err = a.Add(c)
	fmt.Println(err, errors.Is(err, ErrCurrencyMismatch))
	fmt.Println(Money{1000, "USD"}.Split(3))
	fmt.Printf("%v|%s|%d|%+v\n", Cents(-5), Cents(123456), Cents(42), c)
	var l Ledger
	for _, m := range []Money{a, b, c, {1, "JPY"}, {-2000, "EUR"}} {
		l.Post(m)
	}
	fmt.Println(l)
	fmt.Println(&l)
	fmt.Println(l.balances)
	ms := []fmt.Stringer{a, Cents(7), l}
	for _, s := range ms {
		fmt.Printf("%T=%s\n", s, s)
	}
}
