package main

import (
	"fmt"
	"strings"
)

type LineItem struct {
	Desc  string
	Qty   int
	Price float64
}

type Receipt struct {
	Shop    string
	Items   []LineItem
	TaxRate float64
	Coupon  *float64
}

func (r Receipt) Subtotal() (s float64) {
	for _, it := range r.Items {
		s += float64(it.Qty) * it.Price
	}
	return
}

func (r Receipt) Format(width int) string {
	var b strings.Builder
	line := strings.Repeat("=", width)
	pad := (width - len(r.Shop)) / 2
	fmt.Fprintf(&b, "%s\n%*s%s\n%s\n", line, pad, "", r.Shop, line)
	for _, it := range r.Items {
		total := float64(it.Qty) * it.Price
		left := fmt.Sprintf("%dx %s", it.Qty, it.Desc)
		fmt.Fprintf(&b, "%-*s%*.2f\n", width-10, left, 10, total)
	}
	sub := r.Subtotal()
	discount := 0.0
	if r.Coupon != nil {
		discount = sub * *r.Coupon
	}
	tax := (sub - discount) * r.TaxRate
	b.WriteString(strings.Repeat("-", width) + "\n")
	rows := []struct {
		label string
		v     float64
	}{{"Subtotal", sub}, {"Discount", -discount}, {fmt.Sprintf("Tax %.0f%%", r.TaxRate*100), tax}, {"TOTAL", sub - discount + tax}}
	for _, row := range rows {
		fmt.Fprintf(&b, "%*s%10.2f\n", width-10, row.label, row.v)
	}
	return b.String()
}

func main() {
	ten := 0.10
	r := Receipt{
		Shop: "Corner Cafe",
		Items: []LineItem{
			{"Espresso", 2, 2.5},
			{"Croissant", 3, 1.75},
			{"Orange juice", 1, 3.2},
		},
		TaxRate: 0.08,
		Coupon:  &ten,
	}
	fmt.Print(r.Format(32))
	r.Coupon = nil
	fmt.Print(r.Format(28))
	fmt.Printf("%v\n", r.Items)
	fmt.Printf("%+v\n", r.Items[0])
	fmt.Printf("%#v\n", r.Items[1])
	fmt.Printf("%T %T\n", r, r.Items)
	fmt.Printf("%6.2f|%-8v|%8v|\n", 1.0/3, "ab", true)
	fmt.Printf("%x %q %v\n", "Café", []string{"a b", "c"}, [2][]int{{1}, {2, 3}})
	fmt.Printf("%03d:%02d %s\n", 7, 5, fmt.Sprint(3.0, 2.50, 1e21, 1e-7))
	var ip *int
	fmt.Println(ip == nil, fmt.Sprintf("%v", ip))
}
