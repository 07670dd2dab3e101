package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type LineItem struct {
	SKU      string
	Desc     string
	Qty      int
	Unit     Money
	Discount Discount
}

type Discount interface {
	Apply(Money) Money
	Label() string
}

type PercentOff int // percent

func (p PercentOff) Apply(m Money) Money { return m - m*Money(p)/100 }
func (p PercentOff) Label() string       { return fmt.Sprintf("%d%% off", int(p)) }

type AmountOff Money

func (a AmountOff) Apply(m Money) Money {
	if Money(a) > m {
		return 0
	}
	return m - Money(a)
}
func (a AmountOff) Label() string { return Money(a).String() + " off" }

func (li LineItem) Gross() Money { return li.Unit * Money(li.Qty) }

func (li LineItem) Net() Money {
	if li.Discount == nil {
		return li.Gross()
	}
	return li.Discount.Apply(li.Gross())
}

type Invoice struct {
	Number   string
	Customer string
	Items    []LineItem
	TaxBps   int64
}

func (inv *Invoice) Add(li LineItem) *Invoice {
	inv.Items = append(inv.Items, li)
	return inv
}

func (inv Invoice) Print() {
	fmt.Printf("INVOICE %s  —  %s\n", inv.Number, inv.Customer)
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "SKU\tDescription\tQty\tUnit\tDiscount\tAmount")
	var sub Money
	for _, li := range inv.Items {
		d := "-"
		if li.Discount != nil {
			d = li.Discount.Label()
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%v\t%s\t%v\n", li.SKU, li.Desc, li.Qty, li.Unit, d, li.Net())
		sub += li.Net()
	}
	w.Flush()
	tax := Money((int64(sub)*inv.TaxBps + 5000) / 10000)
	fmt.Println(strings.Repeat("=", 50))
	fmt.Printf("%38s %11v\n", "Subtotal", sub)
	fmt.Printf("%38s %11v\n", fmt.Sprintf("Tax %.2f%%", float64(inv.TaxBps)/100), tax)
	fmt.Printf("%38s %11v\n", "TOTAL", sub+tax)
}

func main() {
	inv := &Invoice{Number: "INV-2024-0042", Customer: "Acme Corp", TaxBps: 825}
	inv.Add(LineItem{"W-100", "Widget", 12, 450, nil}).
		Add(LineItem{"G-220", "Gadget deluxe", 3, 12999, PercentOff(15)}).
		Add(LineItem{"S-001", "Setup fee", 1, 5000, AmountOff(2500)}).
		Add(LineItem{"H-900", "Support hours", 7, 9500, PercentOff(10)})
	inv.Print()
	for _, li := range inv.Items {
		fmt.Printf("%T ", li.Discount)
	}
	fmt.Println()
}
