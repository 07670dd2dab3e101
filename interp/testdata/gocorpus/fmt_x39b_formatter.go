package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{Cents:%d, Currency:%q}", m.Cents, m.Currency)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Money{%d, %q}", m.Cents, m.Currency)
			return
		}
		fallthrough
	case 's':
		s := m.String()
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 2
		}
		fmt.Fprintf(f, "%.*f", p, float64(m.Cents)/100)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%s)", verb, m.String())
	}
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Level int

func (l Level) GoString() string { return fmt.Sprintf("Level(%d)", int(l)) }

func main() {
	m := Money{Cents: 123456, Currency: "EUR"}
	neg := Money{-705, "USD"}
	fmt.Printf("[%v] [%s] [%d]\n", m, neg, m)
	fmt.Printf("[%+v]\n[%#v]\n", m, neg)
	fmt.Printf("[%20v] [%-14s] [%f] [%.1f] [%.4f]\n", m, neg, m, m, neg)
	fmt.Printf("[%x]\n", m)
	fmt.Println(m, neg)
	fmt.Println([]Money{m, neg})

	p := Point{3, -4}
	fmt.Printf("%v %+v %#v %s %q %T\n", p, p, p, p, p, p)
	ps := []*Point{{1, 2}, {5, 6}}
	fmt.Printf("%v %d\n", *ps[0], ps[1])
	fmt.Printf("%#v %v %d\n", Level(3), Level(3), Level(3))

	fmt.Printf("%08.3f|%-8d|%+d|%x|%X|%o|%b|%e\n", 3.14159, 42, 42, 255, 255, 8, 5, 1234.5678)
	fmt.Printf("%q %v %U %c\n", 'G', 'G', 'G', 0x1F600)
	fmt.Printf("%5t|%-5t|%v\n", true, false, nil)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 5, 7, 4, 9)
}
