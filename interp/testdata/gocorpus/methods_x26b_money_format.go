package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Currency string

type Money struct {
	Cents int64
	Cur   Currency
}

var ErrCurrency = errors.New("currency mismatch")

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur {
		return Money{}, fmt.Errorf("%w: %s vs %s", ErrCurrency, m.Cur, o.Cur)
	}
	return Money{m.Cents + o.Cents, m.Cur}, nil
}

func (m Money) Split(n int) []Money {
	parts := make([]Money, n)
	q, r := m.Cents/int64(n), m.Cents%int64(n)
	for i := range parts {
		parts[i] = Money{q, m.Cur}
		if int64(i) < r {
			parts[i].Cents++
		}
	}
	return parts
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	whole := strconv.FormatInt(c/100, 10)
	var groups []string
	for len(whole) > 3 {
		groups = append([]string{whole[len(whole)-3:]}, groups...)
		whole = whole[:len(whole)-3]
	}
	groups = append([]string{whole}, groups...)
	return fmt.Sprintf("%s%s.%02d %s", sign, strings.Join(groups, ","), c%100, m.Cur)
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{%d %q}", m.Cents, string(m.Cur))
			return
		}
		fallthrough
	case 's':
		s := m.String()
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%s)", verb, m.String())
	}
}

func ParseMoney(s string) (Money, error) {
	amt, cur, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		return Money{}, fmt.Errorf("parse %q: missing currency", s)
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(amt, ",", ""), 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	return Money{int64(f*100 + 0.5*sign(f)), Currency(cur)}, nil
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

func main() {
	a := Money{123456789, "USD"}
	b := Money{-5, "USD"}
	fmt.Println(a, b)
	fmt.Printf("[%20s] [%-14v] [%+v] [%d] [%x]\n", a, b, a, b, a)
	sum, err := a.Add(b)
	fmt.Println(sum, err)
	_, err = a.Add(Money{1, "EUR"})
	fmt.Println(err, errors.Is(err, ErrCurrency))
	fmt.Println(Money{1000, "EUR"}.Split(3))
	for _, s := range []string{"1,234.56 GBP", "0.1 JPY", "-2.675 USD", "12", "abc USD"} {
		m, err := ParseMoney(s)
		fmt.Printf("%-14q %v %v\n", s, m, err)
	}
	ms := []fmt.Stringer{a, Money{0, "X"}}
	fmt.Println(ms, fmt.Sprint(Money{99, "CHF"}), fmt.Sprintf("%v", []Money{{1, "A"}, {2, "B"}}))
}
