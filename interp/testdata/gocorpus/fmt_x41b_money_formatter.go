package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Currency string

type Money struct {
	Cents    int64
	Currency Currency
}

func NewMoney(amount float64, cur Currency) Money {
	return Money{Cents: int64(amount*100 + 0.5), Currency: cur}
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	whole := strconv.FormatInt(c/100, 10)
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	return fmt.Sprintf("%s%s %s.%02d", sign, m.Currency, strings.Join(parts, ","), c%100)
}

func (m Money) GoString() string {
	return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Currency)
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('#') {
			fmt.Fprint(f, m.GoString())
			return
		}
		if f.Flag('+') {
			fmt.Fprintf(f, "{cents:%d currency:%s}", m.Cents, m.Currency)
			return
		}
		fmt.Fprint(f, m.String())
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
		fmt.Fprint(f, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%s)", verb, m.String())
	}
}

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("currency mismatch: %s vs %s", m.Currency, o.Currency)
	}
	return Money{m.Cents + o.Cents, m.Currency}, nil
}

func (m Money) Split(n int) []Money {
	out := make([]Money, n)
	base := m.Cents / int64(n)
	rem := m.Cents % int64(n)
	for i := range out {
		out[i] = Money{base, m.Currency}
		if int64(i) < rem {
			out[i].Cents++
		}
	}
	return out
}

type Ledger struct {
	Entries []Money
	Owner   *string
}

func main() {
	a := NewMoney(1234567.891, "USD")
	b := NewMoney(-42.5, "USD")
	fmt.Println(a, b)
	fmt.Printf("[%v] [%+v] [%#v] [%d] [%x]\n", a, a, a, a, a)
	fmt.Printf("[%20s] [%-20s]|\n", b, b)
	sum, err := a.Add(b)
	fmt.Println(sum, err)
	_, err = a.Add(NewMoney(1, "EUR"))
	fmt.Println(err)
	fmt.Println(NewMoney(100, "EUR").Split(3))
	owner := "acct"
	l := Ledger{Entries: []Money{a, b}, Owner: &owner}
	fmt.Printf("%v\n", l.Entries)
	fmt.Printf("%+v\n", l.Entries)
	fmt.Printf("%T %T\n", l, l.Entries[0].Currency)
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%b|%U|%c|%e\n", 3.14159, 42, 255, "hi", 8, 5, 0x1F600, 'G', 123456.789)
	fmt.Printf("%6.2f%%|%-6d|%06d|%q|%v|%t\n", 12.345, 7, -7, 'x', []byte("ab"), true)
	fmt.Printf("%v %+v\n", struct {
		A int
		B []string
	}{1, []string{"x"}}, map[string]Money{"z": a, "a": b})
	fmt.Printf("%s|%10.3s|%-5v|\n", []string{"a", "b"}, "abcdef", nil)
}
