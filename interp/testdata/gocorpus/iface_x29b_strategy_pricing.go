package main

import (
	"fmt"
	"sort"
	"strings"
)

// PricingStrategy computes the final price of an order.
type PricingStrategy interface {
	Price(o Order) float64
	Name() string
}

type Item struct {
	SKU   string
	Qty   int
	Price float64
}

type Order struct {
	Customer string
	Items    []Item
}

func (o Order) Subtotal() float64 {
	var total float64
	for _, it := range o.Items {
		total += float64(it.Qty) * it.Price
	}
	return total
}

type Regular struct{}

func (Regular) Price(o Order) float64 { return o.Subtotal() }
func (Regular) Name() string          { return "regular" }

type PercentOff struct {
	Percent float64
}

func (p PercentOff) Price(o Order) float64 { return o.Subtotal() * (1 - p.Percent/100) }
func (p PercentOff) Name() string          { return fmt.Sprintf("%g%% off", p.Percent) }

type BulkDiscount struct {
	MinQty int
	Off    float64
}

func (b BulkDiscount) Price(o Order) float64 {
	var total float64
	for _, it := range o.Items {
		line := float64(it.Qty) * it.Price
		if it.Qty >= b.MinQty {
			line -= line * b.Off
		}
		total += line
	}
	return total
}

func (b BulkDiscount) Name() string { return fmt.Sprintf("bulk(%d+, %.0f%%)", b.MinQty, b.Off*100) }

// StrategyFunc lets plain functions act as strategies.
type StrategyFunc func(Order) float64

func (f StrategyFunc) Price(o Order) float64 { return f(o) }
func (f StrategyFunc) Name() string          { return "func" }

type Checkout struct {
	strategy PricingStrategy
}

func (c *Checkout) SetStrategy(s PricingStrategy) { c.strategy = s }

func (c *Checkout) Total(o Order) string {
	return fmt.Sprintf("%-16s %8.2f", c.strategy.Name(), c.strategy.Price(o))
}

func main() {
	order := Order{
		Customer: "ada",
		Items: []Item{
			{"pen", 12, 1.25},
			{"notebook", 3, 4.50},
			{"bag", 1, 29.99},
		},
	}
	strategies := []PricingStrategy{
		Regular{},
		PercentOff{Percent: 15},
		BulkDiscount{MinQty: 10, Off: 0.2},
		StrategyFunc(func(o Order) float64 {
			return o.Subtotal() - 5
		}),
	}
	c := &Checkout{}
	for _, s := range strategies {
		c.SetStrategy(s)
		fmt.Println(c.Total(order))
	}

	sort.Slice(strategies, func(i, j int) bool {
		return strategies[i].Price(order) < strategies[j].Price(order)
	})
	names := make([]string, len(strategies))
	for i, s := range strategies {
		names[i] = fmt.Sprintf("%T", s)
	}
	fmt.Println("cheapest first:", strings.Join(names, ", "))
	fmt.Printf("%+v\n", strategies[0])
}
