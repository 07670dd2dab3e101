// Exercises: strategy pattern: a Discount interface chosen at run time, with func adapters.
package main

import "fmt"

type Discount interface {
	Apply(price float64) float64
}

type NoDiscount struct{}
type Percent struct{ Pct float64 }
type Fixed struct{ Off float64 }

type DiscountFunc func(float64) float64

func (NoDiscount) Apply(p float64) float64 { return p }
func (d Percent) Apply(p float64) float64  { return p * (1 - d.Pct/100) }
func (d Fixed) Apply(p float64) float64 {
	if p < d.Off {
		return 0
	}
	return p - d.Off
}
func (f DiscountFunc) Apply(p float64) float64 { return f(p) }

type Order struct {
	Items    []float64
	Discount Discount
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += it
	}
	if o.Discount == nil {
		return t
	}
	return o.Discount.Apply(t)
}

func main() {
	items := []float64{19.99, 5.01, 25}
	strategies := map[string]Discount{
		"none":    NoDiscount{},
		"10pct":   Percent{10},
		"fixed5":  Fixed{5},
		"halfoff": DiscountFunc(func(p float64) float64 { return p / 2 }),
	}
	for _, name := range []string{"none", "10pct", "fixed5", "halfoff", "missing"} {
		o := Order{Items: items, Discount: strategies[name]}
		fmt.Printf("%-8s %6.2f\n", name, o.Total())
	}
}
