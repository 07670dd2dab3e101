package main

import (
	"fmt"
	"sort"
)

type Dimensions struct{ L, W, H float64 }

func (d Dimensions) Volume() float64 { return d.L * d.W * d.H }

type Parcel struct {
	Dimensions
	WeightKg float64
	Dest     string
}

func (p Parcel) Billable() float64 {
	dim := p.Volume() / 5000
	if dim > p.WeightKg {
		return dim
	}
	return p.WeightKg
}

type Carrier interface {
	Quote(p Parcel) (float64, bool)
	fmt.Stringer
}

type FlatRate struct {
	Name  string
	Price float64
	MaxKg float64
}

func (f FlatRate) Quote(p Parcel) (float64, bool) { return f.Price, p.Billable() <= f.MaxKg }
func (f FlatRate) String() string                 { return "flat:" + f.Name }

type Zoned struct {
	Name  string
	PerKg map[string]float64
	Base  float64
}

func (z *Zoned) Quote(p Parcel) (float64, bool) {
	rate, ok := z.PerKg[p.Dest]
	if !ok {
		return 0, false
	}
	cost := z.Base + rate*p.Billable()
	switch {
	case p.Billable() > 20:
		cost *= 1.15
		fallthrough
	case p.Billable() > 10:
		cost += 2
	}
	return cost, true
}
func (z *Zoned) String() string { return "zoned:" + z.Name }

type quote struct {
	c    Carrier
	cost float64
}

func main() {
	carriers := []Carrier{
		FlatRate{"small-box", 9.5, 5},
		FlatRate{"big-box", 24, 20},
		&Zoned{"postal", map[string]float64{"domestic": 1.1, "eu": 2.6}, 4},
		&Zoned{"express", map[string]float64{"domestic": 2.4, "eu": 3.9, "us": 6}, 7},
	}
	parcels := []Parcel{
		{Dimensions{30, 20, 10}, 1.2, "domestic"},
		{Dimensions{60, 40, 40}, 8, "eu"},
		{Dimensions{100, 50, 50}, 22, "us"},
	}
	for _, p := range parcels {
		var qs []quote
		for _, c := range carriers {
			if cost, ok := c.Quote(p); ok {
				qs = append(qs, quote{c, cost})
			}
		}
		sort.Slice(qs, func(i, j int) bool { return qs[i].cost < qs[j].cost })
		fmt.Printf("parcel %v %.1fkg -> billable %.2f to %s\n", p.Dimensions, p.WeightKg, p.Billable(), p.Dest)
		for _, q := range qs {
			fmt.Printf("   %-14v %7.2f\n", q.c, q.cost)
		}
	}
	vol := Parcel.Billable
	fmt.Printf("%.2f %v\n", vol(parcels[1]), carriers[0])
	m := parcels[0].Volume
	fmt.Println(m())
}
