package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Currency string

type Money struct {
	Cents    int64
	Currency Currency
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func Parse(s string) (Money, error) {
	parts := strings.Fields(s)
	if len(parts) != 2 {
		return Money{}, fmt.Errorf("parse %q: want 'AMOUNT CUR'", s)
	}
	whole, frac, _ := strings.Cut(parts[0], ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	f, err := strconv.Atoi(frac[:2])
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	return Money{w*100 + int64(f), Currency(parts[1])}, nil
}

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("%v + %v: %w", m, o, ErrCurrencyMismatch)
	}
	return Money{m.Cents + o.Cents, m.Currency}, nil
}

func (m Money) Split(n int) []Money {
	out := make([]Money, n)
	each, rem := m.Cents/int64(n), m.Cents%int64(n)
	for i := range out {
		out[i] = Money{each, m.Currency}
		if int64(i) < rem {
			out[i].Cents++
		}
	}
	return out
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
}

func (m *Money) Scale(pct int64) { m.Cents = m.Cents * pct / 100 }

func main() {
	inputs := []string{"12.5 USD", "0.99 USD", "3 EUR", "abc USD", "1.2.3"}
	var total Money
	total.Currency = "USD"
	for _, in := range inputs {
		m, err := Parse(in)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		t, err := total.Add(m)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrCurrencyMismatch))
			continue
		}
		total = t
	}
	fmt.Println("total", total)
	fmt.Printf("%v | %+v | %s\n", total.Split(3), total.Split(2), total.Split(4)[3])
	total.Scale(110)
	fmt.Println("scaled", total)
	ptr := &total
	fmt.Println(ptr, *ptr)
	fmt.Printf("%#v\n", total)
}
