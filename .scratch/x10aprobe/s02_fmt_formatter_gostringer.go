package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Cur, m.Cents/100, m.Cents%100)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }

type Set map[string]bool

func (s Set) String() string {
	var keys []string
	for k := range s {
		keys = append(keys, k)
	}
	return "{" + strings.Join(keys, ",") + "}"
}

type errFunc func() string

func (f errFunc) Error() string { return f() }

func main() {
	m := Money{1999, "EUR"}
	fmt.Printf("%v|%+v|%s|%d|%x\n", m, m, m, m, m)
	fmt.Println(m, []Money{m})
	fmt.Printf("%#v %v\n", ID(4), ID(4))
	fmt.Println(Set{"a": true})
	var err error = errFunc(func() string { return "from a func" })
	fmt.Println(err)
}
