package main

import (
	"fmt"
	"sort"
)

type Pricer interface {
	Price(sku string) (int64, bool)
}

type Named interface {
	Name() string
}

type NamedPricer interface {
	Pricer
	Named
}

type Catalog map[string]int64

func (c Catalog) Price(sku string) (int64, bool) { p, ok := c[sku]; return p, ok }
func (c Catalog) Name() string                   { return "catalog" }

// WithTax embeds a NamedPricer and overrides Price.
type WithTax struct {
	NamedPricer
	Bps int64
}

func (w WithTax) Price(sku string) (int64, bool) {
	p, ok := w.NamedPricer.Price(sku)
	if !ok {
		return 0, false
	}
	return p + (p*w.Bps+5000)/10000, true
}

func (w WithTax) Name() string { return fmt.Sprintf("%s+tax(%d)", w.NamedPricer.Name(), w.Bps) }

type Promo struct {
	NamedPricer
	SKUs    map[string]bool
	Percent int64
}

func (p *Promo) Price(sku string) (int64, bool) {
	v, ok := p.NamedPricer.Price(sku)
	if ok && p.SKUs[sku] {
		v -= v * p.Percent / 100
	}
	return v, ok
}

type counting struct {
	NamedPricer
	calls int
}

func (c *counting) Price(sku string) (int64, bool) {
	c.calls++
	return c.NamedPricer.Price(sku)
}

func main() {
	cat := Catalog{"apple": 120, "bread": 349, "coffee": 1299, "wine": 2450}
	cnt := &counting{NamedPricer: cat}
	stack := []NamedPricer{
		cat,
		WithTax{cat, 800},
		&Promo{WithTax{cnt, 2000}, map[string]bool{"wine": true, "coffee": true}, 25},
		WithTax{&Promo{cat, map[string]bool{"bread": true}, 50}, 500},
	}
	skus := make([]string, 0, len(cat))
	for k := range cat {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	skus = append(skus, "caviar")
	for _, p := range stack {
		fmt.Printf("%-22s", p.Name())
		for _, s := range skus {
			if v, ok := p.Price(s); ok {
				fmt.Printf(" %s=%d", s, v)
			} else {
				fmt.Printf(" %s=n/a", s)
			}
		}
		fmt.Println()
	}
	fmt.Println("inner calls:", cnt.calls)
	var pr Pricer = stack[2]
	if n, ok := pr.(Named); ok {
		fmt.Println("also named:", n.Name())
	}
	_, isPromo := pr.(*Promo)
	_, isTax := pr.(WithTax)
	fmt.Println(isPromo, isTax)
	fmt.Printf("%T %T\n", stack[1], stack[2].(*Promo).NamedPricer)
}
