package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Currency struct {
	Code   string
	Symbol string
	Digits int
}

var (
	USD = Currency{"USD", "$", 2}
	JPY = Currency{"JPY", "¥", 0}
	KWD = Currency{"KWD", "KD", 3}
)

type Money struct {
	units int64 // minor units
	cur   Currency
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func pow10(n int) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

func Parse(s string, c Currency) (Money, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > c.Digits {
		return Money{}, fmt.Errorf("parse %q: too many decimals for %s", s, c.Code)
	}
	frac += strings.Repeat("0", c.Digits-len(frac))
	w, err := strconv.ParseInt(strings.ReplaceAll(whole, ",", ""), 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse %q: %w", s, err)
	}
	var f int64
	if frac != "" {
		if f, err = strconv.ParseInt(frac, 10, 64); err != nil {
			return Money{}, fmt.Errorf("parse %q: %w", s, err)
		}
	}
	u := w*pow10(c.Digits) + f
	if neg {
		u = -u
	}
	return Money{u, c}, nil
}

func (m Money) Add(o Money) (Money, error) {
	if m.cur != o.cur {
		return Money{}, fmt.Errorf("%w: %s + %s", ErrCurrencyMismatch, m.cur.Code, o.cur.Code)
	}
	return Money{m.units + o.units, m.cur}, nil
}

func (m Money) Mul(f float64) Money {
	v := float64(m.units) * f
	if v < 0 {
		return Money{int64(v - 0.5), m.cur}
	}
	return Money{int64(v + 0.5), m.cur}
}

// Allocate splits m by ratios without losing a minor unit.
func (m Money) Allocate(ratios ...int) []Money {
	total := 0
	for _, r := range ratios {
		total += r
	}
	out := make([]Money, len(ratios))
	remainder := m.units
	for i, r := range ratios {
		share := m.units * int64(r) / int64(total)
		out[i] = Money{share, m.cur}
		remainder -= share
	}
	for i := 0; remainder > 0; i++ {
		out[i%len(out)].units++
		remainder--
	}
	return out
}

func (m Money) String() string {
	sign := ""
	u := m.units
	if u < 0 {
		sign, u = "-", -u
	}
	p := pow10(m.cur.Digits)
	whole := strconv.FormatInt(u/p, 10)
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if m.cur.Digits == 0 {
		return sign + m.cur.Symbol + whole
	}
	return fmt.Sprintf("%s%s%s.%0*d", sign, m.cur.Symbol, whole, m.cur.Digits, u%p)
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %s", m.cur.Code, strings.TrimPrefix(m.String(), m.cur.Symbol))
			return
		}
		s := m.String()
		if w, ok := f.Width(); ok && len(s) < w {
			s = strings.Repeat(" ", w-len([]rune(s))) + s
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.units)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%s)", verb, m.String())
	}
}

func main() {
	for _, in := range []struct {
		s string
		c Currency
	}{{"1,234,567.89", USD}, {"-0.5", USD}, {"1500", JPY}, {"12.3456", KWD}, {"9.999", USD}, {"abc", USD}, {"3.250", KWD}} {
		m, err := Parse(in.s, in.c)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-14s -> %v | %+v | %d | %12v|\n", in.s, m, m, m, m)
	}
	bill, _ := Parse("100.00", USD)
	tip := bill.Mul(0.18)
	total, _ := bill.Add(tip)
	fmt.Println("tip", tip, "total", total)
	fmt.Println("split 3 ways:", total.Allocate(1, 1, 1))
	fmt.Println("70/30:", total.Allocate(70, 30))
	yen, _ := Parse("1000", JPY)
	_, err := bill.Add(yen)
	fmt.Println(err, errors.Is(err, ErrCurrencyMismatch))
	fmt.Printf("%x %s\n", bill, []Money{bill, yen})
	fmt.Println(Money{-123456, KWD}, Money{}.cur == Currency{})
}
