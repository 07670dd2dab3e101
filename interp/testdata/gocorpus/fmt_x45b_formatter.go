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

// Format supports %v, %s, %d (raw cents), %+v (with currency) and width.
func (m Money) Format(f fmt.State, verb rune) {
	var s string
	switch verb {
	case 'd':
		s = strconv.FormatInt(m.Cents, 10)
	case 'v', 's':
		neg := m.Cents < 0
		c := m.Cents
		if neg {
			c = -c
		}
		s = fmt.Sprintf("%d.%02d", c/100, c%100)
		if neg {
			s = "-" + s
		}
		if f.Flag('+') || verb == 's' {
			s = m.Currency + " " + s
		}
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
		return
	}
	if w, ok := f.Width(); ok && len(s) < w {
		pad := strings.Repeat(" ", w-len(s))
		if f.Flag('-') {
			s += pad
		} else {
			s = pad + s
		}
	}
	fmt.Fprint(f, s)
}

type Account struct {
	Name    string
	Balance Money
}

func main() {
	m := Money{123456, "EUR"}
	fmt.Printf("[%v] [%+v] [%s] [%d] [%x]\n", m, m, m, m, m)
	fmt.Printf("[%12v] [%-12v] [%15s]\n", m, m, m)
	neg := Money{-705, "USD"}
	fmt.Printf("[%v] [%+v]\n", neg, neg)
	fmt.Println(m, neg)
	accts := []Account{{"Operating", Money{9876543, "USD"}}, {"Payroll", Money{-15000, "USD"}}, {"Petty cash", Money{4250, "USD"}}}
	for _, a := range accts {
		fmt.Printf("%-12s|%14v|%14d|\n", a.Name, a.Balance, a.Balance)
	}
	fmt.Printf("%v\n", accts[0])
	fmt.Printf("%+v\n", accts[1])
	s := fmt.Sprint(m)
	fmt.Println(len(s), strconv.Quote(s))
	fmt.Printf("%q %8.3f %-8s| %08.2f %x %X %o %b %e\n", "net", 3.14159, "ok", 42.5, 255, 255, 8, 5, 1234.5)
	fmt.Printf("%t %c %U %#x %#o %+d % d\n", true, 'R', '€', 3054, 8, 7, 7)
	fmt.Printf("%6.2f%%|%-6d|%06d|%x\n", 12.345, 42, -42, "hi")
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 1, 6, 2, 2, 3.14159)
}
