package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type LineItem struct {
	SKU   string
	Desc  string
	Qty   int
	Price Cents
}

type Invoice struct {
	Number   int
	Customer string
	Issued   time.Time
	Terms    time.Duration
	Items    []LineItem
	Discount float64
}

func (inv Invoice) Due() time.Time { return inv.Issued.Add(inv.Terms) }

func (inv Invoice) Subtotal() Cents {
	var s Cents
	for _, it := range inv.Items {
		s += Cents(it.Qty) * it.Price
	}
	return s
}

func main() {
	inv := Invoice{
		Number:   1042,
		Customer: "Acme Corp",
		Issued:   time.Date(2024, time.February, 20, 9, 0, 0, 0, time.UTC),
		Terms:    30 * 24 * time.Hour,
		Discount: 0.05,
		Items: []LineItem{
			{"A-100", "Anvil, large", 2, 4999},
			{"R-7", "Rocket skates", 1, 12950},
			{"BB-12", "Bird seed (bulk)", 12, 375},
			{"T-1", "Tunnel paint", 3, 1899},
		},
	}

	fmt.Printf("INVOICE #%06d\n", inv.Number)
	fmt.Printf("%-10s %s\n", "Customer:", inv.Customer)
	fmt.Printf("%-10s %s\n", "Issued:", inv.Issued.Format("Mon Jan 2, 2006"))
	fmt.Printf("%-10s %s (%s)\n", "Due:", inv.Due().Format("2006-01-02"), inv.Due().Weekday())
	fmt.Println(strings.Repeat("=", 52))

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "SKU\tDESCRIPTION\tQTY\tUNIT\tAMOUNT")
	for _, it := range inv.Items {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%v\t%v\n", it.SKU, it.Desc, it.Qty, it.Price, Cents(it.Qty)*it.Price)
	}
	tw.Flush()
	fmt.Println(strings.Repeat("-", 52))

	sub := inv.Subtotal()
	disc := -Cents(float64(sub)*inv.Discount + 0.5)
	tax := Cents(float64(sub+disc)*0.0825 + 0.5)
	fmt.Printf("%40s %11v\n", "Subtotal", sub)
	fmt.Printf("%40s %11v\n", fmt.Sprintf("Discount (%.0f%%)", inv.Discount*100), disc)
	fmt.Printf("%40s %11v\n", "Tax 8.25%", tax)
	fmt.Printf("%40s %11v\n", "TOTAL", sub+disc+tax)

	paid := time.Date(2024, time.March, 25, 14, 30, 0, 0, time.UTC)
	if late := paid.Sub(inv.Due()); late > 0 {
		days := int(late.Hours() / 24)
		fmt.Printf("paid %v late (%d days); fee %v\n", late, days, Cents(days)*150)
	}
	fmt.Printf("%T %v %d %#v\n", sub, sub, sub, inv.Items[0])
}
