package main

import (
	"fmt"
	"strings"
)

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", m/100, m%100)
	default:
		fmt.Fprintf(f, "%d", int64(m))
	}
}

type G struct{ A int }

func (g G) GoString() string { return "G!" + strings.Repeat("*", g.A) }

func main() {
	fmt.Println(Money(1234), []Money{5, 100})
	fmt.Printf("%v %d %s\n", Money(99), Money(99), map[string]Money{"x": 250})
	fmt.Printf("%#v %v %#v\n", G{3}, G{3}, []G{{1}})
}
