package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func group(s string, sep byte) string {
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, s[i])
	}
	return string(b)
}

func (m Money) Format(f fmt.State, verb rune) {
	neg := m.Cents < 0
	c := m.Cents
	if neg {
		c = -c
	}
	var s string
	switch verb {
	case 'v', 's':
		s = group(strconv.FormatInt(c/100, 10), ',') + "." + fmt.Sprintf("%02d", c%100)
		if f.Flag('+') || verb == 's' {
			s = m.Currency + " " + s
		}
		if f.Flag('#') {
			s = fmt.Sprintf("Money{%d, %q}", m.Cents, m.Currency)
			neg = false
		}
	case 'd':
		s = strconv.FormatInt(c, 10)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
		return
	}
	if neg {
		s = "(" + s + ")"
	}
	if w, ok := f.Width(); ok && len(s) < w {
		pad := strings.Repeat(" ", w-len(s))
		if f.Flag('-') {
			s += pad
		} else {
			s = pad + s
		}
	}
	f.Write([]byte(s))
}

type Ledger []struct {
	Desc   string
	Amount Money
}

func main() {
	l := Ledger{
		{"Opening balance", Money{1234567, "EUR"}},
		{"Rent", Money{-95000, "EUR"}},
		{"Salary", Money{420000, "EUR"}},
		{"Coffee", Money{-350, "EUR"}},
	}
	var total int64
	for _, e := range l {
		fmt.Printf("%-16s|%14v|\n", e.Desc, e.Amount)
		total += e.Amount.Cents
	}
	fmt.Printf("%-16s|%14v|\n", "Total", Money{total, "EUR"})
	m := Money{-123456789, "USD"}
	fmt.Printf("[%v] [%+v] [%s] [%#v] [%d] [%x] [%-20v]\n", m, m, m, m, m, m, m)
	fmt.Println(m, []Money{{5, "GBP"}, {100000, "GBP"}})
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%10s", Money{99, "JPY"}))
	for _, s := range []string{"1", "12", "123", "1234", "1234567", "12345678"} {
		fmt.Print(group(s, '.'), " ")
	}
	fmt.Println()
}
