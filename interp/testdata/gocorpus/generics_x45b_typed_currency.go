package main

import (
	"fmt"
	"strings"
)

type Currency interface {
	Code() string
	Minor() int // digits after the decimal point
}

type USD struct{}

func (USD) Code() string { return "USD" }
func (USD) Minor() int   { return 2 }

type JPY struct{}

func (JPY) Code() string { return "JPY" }
func (JPY) Minor() int   { return 0 }

type BHD struct{}

func (BHD) Code() string { return "BHD" }
func (BHD) Minor() int   { return 3 }

// Money holds an amount in the minor unit of C; different currencies cannot be added.
type Money[C Currency] struct {
	minor int64
}

func New[C Currency](minor int64) Money[C] { return Money[C]{minor} }

func (m Money[C]) Add(o Money[C]) Money[C] { return Money[C]{m.minor + o.minor} }

func (m Money[C]) Split(n int) []Money[C] {
	out := make([]Money[C], n)
	q, r := m.minor/int64(n), m.minor%int64(n)
	for i := range out {
		out[i].minor = q
		if int64(i) < r {
			out[i].minor++
		}
	}
	return out
}

func (m Money[C]) String() string {
	var c C
	d := c.Minor()
	s := fmt.Sprintf("%0*d", d+1, m.minor)
	if d > 0 {
		s = s[:len(s)-d] + "." + s[len(s)-d:]
	}
	return s + " " + c.Code()
}

func Total[C Currency](ms ...Money[C]) Money[C] {
	var t Money[C]
	for _, m := range ms {
		t = t.Add(m)
	}
	return t
}

type Wallet[C Currency] struct {
	entries []Money[C]
}

func (w *Wallet[C]) Put(m Money[C]) *Wallet[C] {
	w.entries = append(w.entries, m)
	return w
}

func (w *Wallet[C]) Balance() Money[C] { return Total(w.entries...) }

func main() {
	a := New[USD](1999)
	b := New[USD](5)
	fmt.Println(a, b, a.Add(b))
	fmt.Println(New[JPY](15000), New[BHD](1234), New[BHD](7))
	parts := New[USD](10000).Split(3)
	fmt.Println(parts, Total(parts...))
	yen := New[JPY](1001).Split(4)
	var ss []string
	for _, y := range yen {
		ss = append(ss, y.String())
	}
	fmt.Println(strings.Join(ss, " | "))
	var w Wallet[BHD]
	w.Put(New[BHD](500)).Put(New[BHD](1250)).Put(New[BHD](3))
	fmt.Println("wallet:", w.Balance())
	fmt.Printf("%T\n%T\n", a, w)
	fmt.Printf("%v %+v\n", a, struct{ M Money[JPY] }{New[JPY](3)})
}
