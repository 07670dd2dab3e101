package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cart struct {
	Customer string
	Member   bool
	Items    map[string]int // name -> cents
	Coupon   string
}

type Rule func(c Cart, total int) (int, string)

func percentIf(cond func(Cart) bool, pct int, label string) Rule {
	return func(c Cart, total int) (int, string) {
		if !cond(c) {
			return total, ""
		}
		return total * (100 - pct) / 100, fmt.Sprintf("%s -%d%%", label, pct)
	}
}

func coupon(code string, off int) Rule {
	used := map[string]bool{}
	return func(c Cart, total int) (int, string) {
		if c.Coupon != code {
			return total, ""
		}
		if used[c.Customer] {
			return total, "coupon " + code + " already used"
		}
		used[c.Customer] = true
		return max(total-off, 0), fmt.Sprintf("coupon %s -%d", code, off)
	}
}

func bulk(minItems int) Rule {
	return func(c Cart, total int) (int, string) {
		if len(c.Items) >= minItems {
			return total - 100*(len(c.Items)-minItems+1), "bulk bonus"
		}
		return total, ""
	}
}

func counter() (func(), func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func checkout(c Cart, rules []Rule, onApply func()) int {
	names := make([]string, 0, len(c.Items))
	for n := range c.Items {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		total += c.Items[n]
	}
	fmt.Printf("%s: %s = %d\n", c.Customer, strings.Join(names, "+"), total)
	for _, r := range rules {
		var note string
		total, note = r(c, total)
		if note != "" {
			onApply()
			fmt.Println("   ", note, "->", total)
		}
	}
	return total
}

func main() {
	inc, count := counter()
	rules := []Rule{
		percentIf(func(c Cart) bool { return c.Member }, 10, "member"),
		coupon("SAVE5", 500),
		bulk(3),
		percentIf(func(c Cart) bool { return strings.HasPrefix(c.Customer, "staff-") }, 25, "staff"),
	}
	carts := []Cart{
		{Customer: "alice", Member: true, Items: map[string]int{"shoes": 5999, "socks": 899}, Coupon: "SAVE5"},
		{Customer: "bob", Items: map[string]int{"hat": 1500, "scarf": 2200, "gloves": 1800, "belt": 2500}},
		{Customer: "alice", Member: true, Items: map[string]int{"jacket": 12000}, Coupon: "SAVE5"},
		{Customer: "staff-eve", Member: true, Items: map[string]int{"tie": 400}, Coupon: "SAVE5"},
	}
	grand := 0
	for _, c := range carts {
		grand += checkout(c, rules, inc)
	}
	fmt.Println("grand total:", grand, "rules applied:", count())

	var deferred []string
	func() {
		for i := 0; i < 3; i++ {
			defer func() { deferred = append(deferred, fmt.Sprint("d", i)) }()
		}
	}()
	fmt.Println(deferred)
	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(x int) int { return x + i*10 }
	}
	fmt.Println(adders[0](1), adders[1](1), adders[2](1))
}
