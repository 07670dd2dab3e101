package main

import (
	"fmt"
	"sort"
	"strings"
)

type Discount interface {
	Apply(c *Cart) int
	Name() string
}

type LineItem struct {
	SKU   string
	Price int
	Qty   int
}

type Cart struct {
	Items     []LineItem
	Discounts []Discount
}

func (c *Cart) Add(sku string, price, qty int) {
	for i := range c.Items {
		if c.Items[i].SKU == sku {
			c.Items[i].Qty += qty
			return
		}
	}
	c.Items = append(c.Items, LineItem{sku, price, qty})
}

func (c *Cart) Subtotal() (total int) {
	for _, it := range c.Items {
		total += it.Price * it.Qty
	}
	return
}

type PercentOff struct{ Pct int }

func (p PercentOff) Apply(c *Cart) int { return c.Subtotal() * p.Pct / 100 }
func (p PercentOff) Name() string      { return fmt.Sprintf("%d%% off", p.Pct) }

type BuyXGetOne struct {
	SKU string
	X   int
}

func (b BuyXGetOne) Apply(c *Cart) int {
	for _, it := range c.Items {
		if it.SKU == b.SKU {
			return (it.Qty / (b.X + 1)) * it.Price
		}
	}
	return 0
}
func (b BuyXGetOne) Name() string { return fmt.Sprintf("buy %d %s get 1 free", b.X, b.SKU) }

type Coupon struct {
	Code  string
	Off   int
	MinIn int
}

func (cp *Coupon) Apply(c *Cart) int {
	if c.Subtotal() < cp.MinIn {
		return 0
	}
	return cp.Off
}
func (cp *Coupon) Name() string { return "coupon " + cp.Code }

func cents(n int) string { return fmt.Sprintf("$%d.%02d", n/100, n%100) }

func (c *Cart) Receipt() string {
	var b strings.Builder
	items := append([]LineItem(nil), c.Items...)
	sort.Slice(items, func(i, j int) bool { return items[i].SKU < items[j].SKU })
	for _, it := range items {
		fmt.Fprintf(&b, "%-8s %2d x %7s = %8s\n", it.SKU, it.Qty, cents(it.Price), cents(it.Price*it.Qty))
	}
	sub := c.Subtotal()
	fmt.Fprintf(&b, "%-22s %8s\n", "subtotal", cents(sub))
	saved := 0
	for _, d := range c.Discounts {
		if off := d.Apply(c); off > 0 {
			saved += off
			fmt.Fprintf(&b, "  %-20s -%7s\n", d.Name(), cents(off))
		}
	}
	fmt.Fprintf(&b, "%-22s %8s\n", "TOTAL", cents(max(sub-saved, 0)))
	return b.String()
}

func main() {
	cart := &Cart{}
	cart.Add("apple", 45, 4)
	cart.Add("bread", 299, 1)
	cart.Add("milk", 189, 2)
	cart.Add("apple", 45, 3)
	cart.Discounts = []Discount{
		PercentOff{10},
		BuyXGetOne{"apple", 2},
		&Coupon{"SAVE5", 500, 2000},
		&Coupon{"WELCOME", 150, 0},
	}
	fmt.Print(cart.Receipt())
	for _, d := range cart.Discounts {
		fmt.Printf("%-26T %v\n", d, d)
	}
	empty := &Cart{Discounts: []Discount{&Coupon{"BIG", 1000, 0}}}
	fmt.Print(empty.Receipt())
}
