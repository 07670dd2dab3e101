package main

import (
	"errors"
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) String() string {
	return fmt.Sprintf("%s %d.%02d", m.Cur, m.Cents/100, m.Cents%100)
}

type Line struct {
	Desc  string
	Price Money
}

type Invoice struct {
	No    int
	Lines []Line
	Total *Money
	Tags  map[string]Money
}

func (inv *Invoice) String() string {
	var parts []string
	for _, l := range inv.Lines {
		parts = append(parts, l.Desc+"@"+l.Price.String())
	}
	return fmt.Sprintf("Invoice#%d{%s}", inv.No, strings.Join(parts, ","))
}

type InvoiceError struct {
	Inv    *Invoice
	Reason string
}

func (e *InvoiceError) Error() string {
	return fmt.Sprintf("invoice %d: %s", e.Inv.No, e.Reason)
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°", float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

func main() {
	m := Money{1999, "EUR"}
	fmt.Println(m, &m)
	fmt.Printf("%v %+v %s\n", m, m, m)
	fmt.Printf("%#v\n", m)
	l := Line{"book", m}
	fmt.Printf("%v %+v\n", l, l)
	inv := &Invoice{No: 7, Lines: []Line{l, {"pen", Money{250, "EUR"}}}, Total: &Money{2249, "EUR"}}
	inv.Tags = map[string]Money{"b": {1, "USD"}, "a": {2, "USD"}}
	fmt.Println(inv)
	fmt.Printf("%v\n", *inv)
	fmt.Printf("%+v\n", inv.Lines)
	fmt.Println(inv.Tags)
	fmt.Println([]*Money{inv.Total}[0])
	var err error = &InvoiceError{inv, "overdue"}
	fmt.Println(err)
	wrapped := fmt.Errorf("billing: %w", err)
	var ie *InvoiceError
	fmt.Println(wrapped, errors.As(wrapped, &ie), ie.Inv.No)
	fmt.Printf("%v|%s|%d\n", Temp(21.456), Temp(-3), Temp(5))
	fmt.Println([]Temp{1, 2.5})
	fmt.Printf("%v %#v\n", Secret("pw"), Secret("pw"))
	fmt.Printf("%#v\n", []Secret{"a"})
	var sp fmt.Stringer = inv
	fmt.Printf("%T %s\n", sp, sp)
	fmt.Printf("%10s|%-10s|\n", Money{5, "X"}, Money{5, "Y"})
}
