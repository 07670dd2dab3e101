package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Line struct {
	SKU   string
	Price Money
	Qty   int
}

type Cart struct {
	Lines []Line
}

func (c *Cart) Add(sku string, price Money, qty int) *Cart {
	for i := range c.Lines {
		if c.Lines[i].SKU == sku {
			c.Lines[i].Qty += qty
			return c
		}
	}
	c.Lines = append(c.Lines, Line{sku, price, qty})
	return c
}

func (c Cart) Subtotal() (t Money) {
	for _, l := range c.Lines {
		t += l.Price * Money(l.Qty)
	}
	return
}

type Discount interface {
	Apply(c Cart) (Money, string)
}

type PercentOff struct{ Pct int }
type BuyNGetOne struct {
	SKU string
	N   int
}
type DiscountFunc func(Cart) (Money, string)

func (p PercentOff) Apply(c Cart) (Money, string) {
	return -c.Subtotal() * Money(p.Pct) / 100, fmt.Sprintf("%d%% off", p.Pct)
}

func (b BuyNGetOne) Apply(c Cart) (Money, string) {
	for _, l := range c.Lines {
		if l.SKU == b.SKU {
			free := l.Qty / (b.N + 1)
			return -l.Price * Money(free), fmt.Sprintf("buy %d %s get 1", b.N, b.SKU)
		}
	}
	return 0, ""
}

func (f DiscountFunc) Apply(c Cart) (Money, string) { return f(c) }

func main() {
	cart := &Cart{}
	cart.Add("apple", 60, 4).Add("tea", 499, 1).Add("apple", 60, 3).Add("jam", 325, 2)
	sort.Slice(cart.Lines, func(i, j int) bool { return cart.Lines[i].SKU < cart.Lines[j].SKU })
	for _, l := range cart.Lines {
		fmt.Printf("%-6s %3d x %v\n", l.SKU, l.Qty, l.Price)
	}
	discounts := []Discount{
		BuyNGetOne{"apple", 2},
		PercentOff{10},
		DiscountFunc(func(c Cart) (Money, string) {
			if c.Subtotal() > 1000 {
				return -150, "big basket"
			}
			return 0, ""
		}),
		BuyNGetOne{"bread", 1},
	}
	total := cart.Subtotal()
	fmt.Println("subtotal", total)
	var applied []string
	for _, d := range discounts {
		amt, why := d.Apply(*cart)
		if amt == 0 {
			continue
		}
		total += amt
		applied = append(applied, fmt.Sprintf("%s (%v)", why, amt))
	}
	fmt.Println(strings.Join(applied, ", "))
	fmt.Println("total", total)
	fmt.Printf("%v %d %T\n", Money(-5), Money(123), discounts[2])
}
