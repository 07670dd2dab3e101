// Exercises: strategy pattern with interface and func type adapter, map of strategies, sorted keys
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Pricer interface {
	Price(base float64) float64
}

type PricerFunc func(float64) float64

func (f PricerFunc) Price(b float64) float64 { return f(b) }

type Percent struct{ Off float64 }

func (p Percent) Price(b float64) float64 { return b * (1 - p.Off/100) }

type Flat float64

func (f Flat) Price(b float64) float64 { return max(0, b-float64(f)) }

func main() {
	strategies := map[string]Pricer{
		"none":    PricerFunc(func(b float64) float64 { return b }),
		"tenpct":  Percent{Off: 10},
		"fiver":   Flat(5),
		"huge":    Flat(500),
		"doubled": PricerFunc(func(b float64) float64 { return 2 * b }),
	}
	for _, name := range slices.Sorted(maps.Keys(strategies)) {
		p := strategies[name]
		fmt.Printf("%-8s %7.2f %T\n", name, p.Price(120), p)
	}
	if f, ok := strategies["fiver"].(Flat); ok {
		fmt.Println("flat amount", float64(f))
	}
	_, ok := strategies["none"].(Percent)
	fmt.Println(ok)
	fmt.Println(strategies["tenpct"] == Percent{10}, strategies["fiver"] == Flat(5))
}
