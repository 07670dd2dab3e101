package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Logf(format string, args ...any)
}

type nopLogger struct{}

func (nopLogger) Logf(string, ...any) {}

type bufLogger struct{ sb strings.Builder }

func (b *bufLogger) Logf(f string, args ...any) {
	fmt.Fprintf(&b.sb, f+"\n", args...)
}

type Discount interface {
	Apply(cents int) int
	Describe() string
}

type noDiscount struct{}

func (noDiscount) Apply(c int) int  { return c }
func (noDiscount) Describe() string { return "no discount" }

type percent int

func (p percent) Apply(c int) int  { return c * (100 - int(p)) / 100 }
func (p percent) Describe() string { return fmt.Sprintf("%d%% off", int(p)) }

// Customer methods work on a nil *Customer (guest checkout).
type Customer struct {
	Name   string
	Points int
	Tier   string
}

func (c *Customer) DisplayName() string {
	if c == nil {
		return "guest"
	}
	return c.Name
}

func (c *Customer) Discount() Discount {
	if c == nil {
		return noDiscount{}
	}
	switch c.Tier {
	case "gold":
		return percent(15)
	case "silver":
		return percent(5)
	}
	return noDiscount{}
}

func (c *Customer) AddPoints(n int) {
	if c == nil {
		return
	}
	c.Points += n
}

type Checkout struct {
	log Logger
}

func NewCheckout(l Logger) *Checkout {
	if l == nil {
		l = nopLogger{}
	}
	return &Checkout{log: l}
}

func (co *Checkout) Pay(c *Customer, cents int) int {
	d := c.Discount()
	total := d.Apply(cents)
	co.log.Logf("%s pays %d.%02d (%s)", c.DisplayName(), total/100, total%100, d.Describe())
	c.AddPoints(total / 100)
	return total
}

func main() {
	buf := &bufLogger{}
	loud := NewCheckout(buf)
	quiet := NewCheckout(nil)

	gold := &Customer{Name: "Grace", Tier: "gold"}
	silver := &Customer{Name: "Sam", Tier: "silver"}
	var guest *Customer

	for _, c := range []*Customer{gold, silver, guest, gold} {
		loud.Pay(c, 12999)
	}
	fmt.Println(quiet.Pay(guest, 500), quiet.Pay(silver, 2000))
	fmt.Print(buf.sb.String())
	fmt.Println(gold.Points, silver.Points, guest.DisplayName(), guest == nil)
	fmt.Printf("%T %T %v\n", quiet.log, guest.Discount(), gold.Discount())
	fmt.Printf("%#v %+v\n", guest, *silver)
}
