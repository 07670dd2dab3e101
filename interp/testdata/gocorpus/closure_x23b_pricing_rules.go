package main

import (
	"fmt"
	"strings"
)

type Cart struct {
	Items  map[string]int
	Prices map[string]int64
	Coupon string
	Member bool
}

type Rule func(c Cart, subtotal int64) (discount int64, label string)

func percentOff(pct int64, when func(Cart) bool, label string) Rule {
	return func(c Cart, sub int64) (int64, string) {
		if !when(c) {
			return 0, ""
		}
		return sub * pct / 100, label
	}
}

func buyXgetY(sku string, x, y int) Rule {
	return func(c Cart, _ int64) (int64, string) {
		n := c.Items[sku]
		free := n / (x + y) * y
		if free == 0 {
			return 0, ""
		}
		return int64(free) * c.Prices[sku], fmt.Sprintf("%s buy %d get %d (x%d)", sku, x, y, free)
	}
}

func apply(c Cart, rules ...Rule) (int64, []string) {
	var sub int64
	for sku, n := range c.Items {
		sub += int64(n) * c.Prices[sku]
	}
	total := sub
	var notes []string
	for _, r := range rules {
		d, l := r(c, total)
		if d > 0 {
			total -= d
			notes = append(notes, fmt.Sprintf("-%d %s", d, l))
		}
	}
	return total, notes
}

func main() {
	prices := map[string]int64{"apple": 50, "bread": 325, "milk": 199}
	counter := 0
	tracked := func(r Rule) Rule {
		return func(c Cart, s int64) (int64, string) {
			counter++
			return r(c, s)
		}
	}
	rules := []Rule{
		buyXgetY("apple", 3, 1),
		tracked(percentOff(10, func(c Cart) bool { return c.Member }, "member 10%")),
		tracked(percentOff(5, func(c Cart) bool { return strings.EqualFold(c.Coupon, "SAVE5") }, "coupon")),
	}
	carts := []Cart{
		{Items: map[string]int{"apple": 8, "milk": 1}, Member: true},
		{Items: map[string]int{"bread": 2}, Coupon: "save5"},
		{Items: map[string]int{"apple": 2, "bread": 1, "milk": 3}, Member: true, Coupon: "SAVE5"},
	}
	for i, c := range carts {
		c.Prices = prices
		t, notes := apply(c, rules...)
		fmt.Printf("cart %d: %d.%02d %q\n", i, t/100, t%100, notes)
	}
	fmt.Println("tracked calls:", counter)
}
