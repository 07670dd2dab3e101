// Exercises: a custom Format method handling verbs and flags.
package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
		if f.Flag('+') {
			s = "USD " + s
		}
		if w, ok := f.Width(); ok && w > len(s) {
			s = strings.Repeat(" ", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprint(f, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

func main() {
	m := Money{12345}
	fmt.Printf("[%v]\n", m)
	fmt.Printf("[%+v]\n", m)
	fmt.Printf("[%12s]\n", m)
	fmt.Printf("[%d]\n", m)
	fmt.Printf("[%x]\n", m)
	fmt.Println(m, []Money{{5}, {250}})
}
