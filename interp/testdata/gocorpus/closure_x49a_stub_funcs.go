package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Dependencies injected as function fields: a common lightweight style.
type Deps struct {
	LookupPrice func(sku string) (int, bool)
	Tax         func(cents int) int
	Now         func() string
}

type Cart struct {
	deps  Deps
	lines map[string]int
}

func NewCart(d Deps) *Cart { return &Cart{deps: d, lines: map[string]int{}} }

var ErrUnknownSKU = errors.New("unknown sku")

func (c *Cart) Add(sku string, qty int) error {
	if _, ok := c.deps.LookupPrice(sku); !ok {
		return fmt.Errorf("add %s: %w", sku, ErrUnknownSKU)
	}
	c.lines[sku] += qty
	return nil
}

func (c *Cart) Receipt() string {
	skus := make([]string, 0, len(c.lines))
	for s := range c.lines {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var b strings.Builder
	fmt.Fprintf(&b, "receipt %s\n", c.deps.Now())
	sub := 0
	for _, s := range skus {
		p, _ := c.deps.LookupPrice(s)
		line := p * c.lines[s]
		sub += line
		fmt.Fprintf(&b, "  %-6s x%-2d %6d\n", s, c.lines[s], line)
	}
	tax := c.deps.Tax(sub)
	fmt.Fprintf(&b, "  %-10s %6d\n  %-10s %6d\n", "tax", tax, "total", sub+tax)
	return b.String()
}

func main() {
	prices := map[string]int{"apple": 50, "pear": 75, "fig": 120}
	lookups := 0
	deps := Deps{
		LookupPrice: func(s string) (int, bool) {
			lookups++
			p, ok := prices[s]
			return p, ok
		},
		Tax: func(c int) int { return (c*8 + 50) / 100 },
		Now: func() string { return "2024-01-02T03:04:05Z" },
	}
	cart := NewCart(deps)
	for _, add := range []struct {
		sku string
		n   int
	}{{"pear", 2}, {"apple", 3}, {"kiwi", 1}, {"apple", 1}} {
		if err := cart.Add(add.sku, add.n); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnknownSKU))
		}
	}
	fmt.Print(cart.Receipt())
	fmt.Println("lookups:", lookups)

	taxes := []struct {
		name string
		fn   func(int) int
		in   int
		want int
	}{
		{"zero", func(int) int { return 0 }, 1000, 0},
		{"flat", func(c int) int { return c / 10 }, 1000, 100},
		{"deps", deps.Tax, 350, 28},
	}
	for _, tt := range taxes {
		if got := tt.fn(tt.in); got == tt.want {
			fmt.Println("PASS", tt.name)
		} else {
			fmt.Println("FAIL", tt.name, got)
		}
	}
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	counter()
	counter()
	fmt.Println(counter())
}
