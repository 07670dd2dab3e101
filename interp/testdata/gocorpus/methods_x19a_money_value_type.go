package main

import (
	"errors"
	"fmt"
	"sort"
)

type Currency string

type Money struct {
	Amount   int64
	Currency Currency
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("%v + %v: %w", m, o, ErrCurrencyMismatch)
	}
	return Money{m.Amount + o.Amount, m.Currency}, nil
}

func (m Money) Split(n int) []Money {
	parts := make([]Money, n)
	base, rem := m.Amount/int64(n), m.Amount%int64(n)
	for i := range parts {
		parts[i] = Money{base, m.Currency}
		if int64(i) < rem {
			parts[i].Amount++
		}
	}
	return parts
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Amount/100, m.Amount%100, m.Currency)
}

type Wallet map[Currency]Money

func (w Wallet) Deposit(m Money) {
	cur := w[m.Currency]
	cur.Currency = m.Currency
	cur.Amount += m.Amount
	w[m.Currency] = cur
}

func (w Wallet) Currencies() []Currency {
	cs := make([]Currency, 0, len(w))
	for c := range w {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
	return cs
}

type Rates map[[2]Currency]float64

func (r Rates) Convert(m Money, to Currency) (Money, bool) {
	if m.Currency == to {
		return m, true
	}
	rate, ok := r[[2]Currency{m.Currency, to}]
	if !ok {
		return Money{}, false
	}
	return Money{int64(float64(m.Amount)*rate + 0.5), to}, true
}

func main() {
	a := Money{1050, "EUR"}
	b := Money{295, "EUR"}
	c := Money{1000, "USD"}
	sum, err := a.Add(b)
	fmt.Println(sum, err)
	_, err = a.Add(c)
	fmt.Println(err, errors.Is(err, ErrCurrencyMismatch))
	fmt.Println(Money{1000, "JPY"}.Split(3), sum.Split(4))
	w := Wallet{}
	for _, m := range []Money{a, c, b, {1, "GBP"}, {99, "USD"}} {
		w.Deposit(m)
	}
	for _, cur := range w.Currencies() {
		fmt.Println(cur, w[cur])
	}
	rates := Rates{{"USD", "EUR"}: 0.92, {"GBP", "EUR"}: 1.17}
	total := Money{Currency: "EUR"}
	for _, cur := range w.Currencies() {
		conv, ok := rates.Convert(w[cur], "EUR")
		if !ok {
			fmt.Println("no rate for", cur)
			continue
		}
		total, _ = total.Add(conv)
	}
	fmt.Println("total", total)
	fmt.Println(a == Money{1050, "EUR"}, map[Money]bool{a: true}[Money{1050, "EUR"}])
}
