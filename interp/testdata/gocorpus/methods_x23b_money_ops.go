package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Currency string

type Money struct {
	Cents int64
	Cur   Currency
}

var ErrCurrency = errors.New("currency mismatch")

func Parse(s string) (Money, error) {
	amt, cur, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		return Money{}, fmt.Errorf("parse %q: missing currency", s)
	}
	whole, frac, _ := strings.Cut(amt, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	frac = (frac + "00")[:2]
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	c := w*100 + f
	if neg {
		c = -c
	}
	return Money{c, Currency(strings.ToUpper(cur))}, nil
}

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur {
		return Money{}, fmt.Errorf("%v + %v: %w", m, o, ErrCurrency)
	}
	return Money{m.Cents + o.Cents, m.Cur}, nil
}

func (m Money) Split(n int) []Money {
	base, rem := m.Cents/int64(n), m.Cents%int64(n)
	out := make([]Money, n)
	for i := range out {
		out[i] = Money{base, m.Cur}
		if int64(i) < rem {
			out[i].Cents++
		}
	}
	return out
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Cur)
}

func main() {
	var total Money
	total.Cur = "USD"
	for _, s := range []string{"10.5 usd", "3.333 USD", "-1.01 usd", "7 EUR", "abc USD", "12"} {
		m, err := Parse(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		t, err := total.Add(m)
		if errors.Is(err, ErrCurrency) {
			fmt.Println("skip:", err)
			continue
		}
		total = t
		fmt.Println("added", m, "->", total)
	}
	parts := total.Split(3)
	fmt.Println(parts, slices.ContainsFunc(parts, func(m Money) bool { return m.Cents%2 == 1 }))
	add := Money.Add
	r, _ := add(parts[0], parts[1])
	str := total.String
	fmt.Println(r, str())
	fmt.Printf("%v|%+v|%s\n", &total, total, []*Money{&parts[2]}[0])
}
