package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Currency string

type Money struct {
	Amount int64
	Cur    Currency
}

var ErrCurrency = errors.New("currency mismatch")

func ParseMoney(s string) (Money, error) {
	num, cur, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		return Money{}, fmt.Errorf("parse %q: missing currency", s)
	}
	whole, frac, _ := strings.Cut(num, ".")
	for len(frac) < 2 {
		frac += "0"
	}
	neg := strings.HasPrefix(whole, "-")
	w, err := strconv.ParseInt(strings.TrimPrefix(whole, "-"), 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	f, err := strconv.ParseInt(frac[:2], 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	a := w*100 + f
	if neg {
		a = -a
	}
	return Money{a, Currency(cur)}, nil
}

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur && m.Cur != "" {
		return m, fmt.Errorf("%v + %v: %w", m, o, ErrCurrency)
	}
	return Money{m.Amount + o.Amount, o.Cur}, nil
}

func (m Money) String() string {
	sign := ""
	a := m.Amount
	if a < 0 {
		sign, a = "-", -a
	}
	s := strconv.FormatInt(a/100, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return fmt.Sprintf("%s%s.%02d %s", sign, s, a%100, m.Cur)
}

type Account struct {
	Name    string
	Entries []Money
}

func (a *Account) Post(m Money) { a.Entries = append(a.Entries, m) }

func (a Account) Balance() (Money, error) {
	var total Money
	for _, e := range a.Entries {
		var err error
		if total, err = total.Add(e); err != nil {
			return total, err
		}
	}
	return total, nil
}

const journal = `rent     -1450.00 EUR
salary    3200.5 EUR
coffee     -3.8 EUR
trip      -249.99 USD
bonus    12000 EUR
typo      12,00 EUR
refund      19.9 EUR`

func main() {
	accts := map[string]*Account{}
	for _, line := range strings.Split(journal, "\n") {
		name, rest, _ := strings.Cut(line, " ")
		m, err := ParseMoney(rest)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		cat := "income"
		if m.Amount < 0 {
			cat = "expense"
		}
		if accts[cat] == nil {
			accts[cat] = &Account{Name: cat}
		}
		accts[cat].Post(m)
		fmt.Printf("%-7s %16v\n", name, m)
	}
	names := make([]string, 0, len(accts))
	for n := range accts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		bal, err := accts[n].Balance()
		if errors.Is(err, ErrCurrency) {
			fmt.Printf("%s: partial %v, error: %v\n", n, bal, err)
			continue
		}
		fmt.Printf("%s: %v over %d entries\n", n, bal, len(accts[n].Entries))
	}
	fmt.Println(Money{-123456789, "JPY"}, Money{5, "EUR"}, &Money{100000, "GBP"})
	fmt.Printf("%v %+v %s\n", []Money{{1, "A"}}, Money{250, "B"}, Money{})
}
