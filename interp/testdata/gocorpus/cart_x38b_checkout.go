package main

import (
	"fmt"
	"slices"
	"strings"
)

type Product struct {
	SKU   string
	Name  string
	Price int // cents
}

type LineItem struct {
	Product
	Qty int
}

func (li LineItem) Subtotal() int { return li.Price * li.Qty }

type Discount interface {
	Apply(total int) int
	fmt.Stringer
}

type PercentOff int

func (p PercentOff) Apply(total int) int { return total - total*int(p)/100 }
func (p PercentOff) String() string      { return fmt.Sprintf("%d%% off", int(p)) }

type FlatOff struct{ Cents, Min int }

func (f FlatOff) Apply(total int) int {
	if total >= f.Min {
		return total - f.Cents
	}
	return total
}
func (f FlatOff) String() string {
	return fmt.Sprintf("%s off orders over %s", money(f.Cents), money(f.Min))
}

type Cart struct {
	items     []LineItem
	discounts []Discount
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func (c *Cart) Add(p Product, qty int) {
	idx := slices.IndexFunc(c.items, func(li LineItem) bool { return li.SKU == p.SKU })
	if idx >= 0 {
		c.items[idx].Qty += qty
		return
	}
	c.items = append(c.items, LineItem{p, qty})
}

func (c *Cart) Remove(sku string) bool {
	before := len(c.items)
	c.items = slices.DeleteFunc(c.items, func(li LineItem) bool { return li.SKU == sku })
	return len(c.items) < before
}

func (c *Cart) Total() (sub, final int) {
	for _, li := range c.items {
		sub += li.Subtotal()
	}
	final = sub
	for _, d := range c.discounts {
		final = d.Apply(final)
	}
	return
}

func (c Cart) String() string {
	var sb strings.Builder
	for _, li := range c.items {
		fmt.Fprintf(&sb, "%-8s %-12s x%-3d %9s\n", li.SKU, li.Name, li.Qty, money(li.Subtotal()))
	}
	sub, final := c.Total()
	fmt.Fprintf(&sb, "%-26s %9s\n", "Subtotal", money(sub))
	for _, d := range c.discounts {
		fmt.Fprintf(&sb, "  discount: %v\n", d)
	}
	fmt.Fprintf(&sb, "%-26s %9s", "Total", money(final))
	return sb.String()
}

func main() {
	catalog := map[string]Product{
		"apple":  {"FR-001", "Apple", 45},
		"bread":  {"BK-010", "Bread", 299},
		"milk":   {"DA-003", "Milk", 149},
		"coffee": {"BV-100", "Coffee", 899},
	}
	cart := &Cart{}
	cart.Add(catalog["apple"], 6)
	cart.Add(catalog["bread"], 1)
	cart.Add(catalog["coffee"], 2)
	cart.Add(catalog["apple"], 4)
	cart.Add(catalog["milk"], 3)
	fmt.Println(cart)
	fmt.Println("removed bread:", cart.Remove("BK-010"))
	fmt.Println("removed tea:", cart.Remove("TE-999"))
	cart.discounts = append(cart.discounts, PercentOff(10), FlatOff{500, 2000})
	fmt.Println(*cart)
	slices.SortFunc(cart.items, func(a, b LineItem) int { return b.Subtotal() - a.Subtotal() })
	for i, li := range cart.items {
		fmt.Printf("%d. %s %v\n", i+1, li.Name, li.Subtotal())
	}
	fmt.Printf("%v\n", cart.discounts)
}
