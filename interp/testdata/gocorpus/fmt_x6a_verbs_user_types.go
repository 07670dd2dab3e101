// Exercises: fmt verbs on user types: %v %+v %#v %T on structs, pointers, nested named types, Formatter and GoStringer implementations, width/precision
package main

import (
	"fmt"
	"strings"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Line struct {
	Desc  string
	Price Money
	Qty   int
}

type Invoice struct {
	No    int
	Lines []Line
	Notes *string
}

type Hex int

func (h Hex) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('+') {
		fmt.Fprintf(f, "Hex(%d)", int(h))
		return
	}
	fmt.Fprintf(f, "0x%X", int(h))
}

type Secret string

func (s Secret) GoString() string { return `Secret("` + strings.Repeat("*", len(s)) + `")` }

func main() {
	l := Line{"pen", 150, 2}
	fmt.Printf("%v|%+v\n", l, l)
	fmt.Printf("%T %T %T\n", l, &l, []Money{})
	inv := Invoice{No: 7, Lines: []Line{l, {"ink", 1999, 1}}}
	fmt.Printf("%v\n%+v\n", inv, inv)
	fmt.Printf("%8s|%-8v|%d\n", Money(5), Money(12345), Money(99))
	fmt.Printf("%v %+v %d\n", Hex(255), Hex(255), []Hex{1, 16})
	fmt.Printf("%#v %v\n", Secret("hunter2"), Secret("hunter2"))
	fmt.Printf("%6.2f|%-6d|%06d|%x|%X|%o|%b|%e\n", 3.14159, 42, 42, 255, "hi", 8, 5, 1234.5)
	fmt.Printf("%5t|%q|%c|%U\n", true, 'x', 0x4E16, 0x4E16)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
	fmt.Printf("%v %d\n", map[Money]int{100: 1, 5: 2}, []any{1, "a"})
	bad := "%d|%s|%z\n"
	fmt.Printf(bad, "str", 3, 4, 5)
}
