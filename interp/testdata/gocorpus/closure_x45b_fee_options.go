package main

import (
	"fmt"
	"strings"
)

type Quote struct {
	Amount   int64
	Fees     []string
	FeeTotal int64
}

type Rule func(q *Quote)

type Pricer struct {
	name  string
	rules []Rule
	cap   int64
}

type Option func(*Pricer)

func WithPercent(label string, bps int64) Option {
	return func(p *Pricer) {
		p.rules = append(p.rules, func(q *Quote) {
			f := q.Amount * bps / 10000
			q.Fees = append(q.Fees, fmt.Sprintf("%s=%d", label, f))
			q.FeeTotal += f
		})
	}
}

func WithFlat(label string, cents int64) Option {
	return func(p *Pricer) {
		p.rules = append(p.rules, func(q *Quote) {
			q.Fees = append(q.Fees, fmt.Sprintf("%s=%d", label, cents))
			q.FeeTotal += cents
		})
	}
}

func WithCap(c int64) Option { return func(p *Pricer) { p.cap = c } }

func WithTiered(tiers ...[2]int64) Option {
	return func(p *Pricer) {
		p.rules = append(p.rules, func(q *Quote) {
			for _, t := range tiers {
				if q.Amount <= t[0] {
					q.Fees = append(q.Fees, fmt.Sprintf("tier=%d", t[1]))
					q.FeeTotal += t[1]
					return
				}
			}
		})
	}
}

func NewPricer(name string, opts ...Option) *Pricer {
	p := &Pricer{name: name, cap: -1}
	for _, o := range opts {
		o(p)
	}
	return p
}

func (p *Pricer) Quote(amount int64) Quote {
	q := Quote{Amount: amount}
	for _, r := range p.rules {
		r(&q)
	}
	if p.cap >= 0 && q.FeeTotal > p.cap {
		q.Fees = append(q.Fees, fmt.Sprintf("capped(-%d)", q.FeeTotal-p.cap))
		q.FeeTotal = p.cap
	}
	return q
}

func main() {
	pricers := []*Pricer{
		NewPricer("card", WithPercent("pct", 290), WithFlat("fixed", 30)),
		NewPricer("wire", WithFlat("wire", 2500), WithCap(2000)),
		NewPricer("fx", WithPercent("spread", 150), WithTiered([2]int64{10000, 100}, [2]int64{1000000, 500}, [2]int64{1 << 62, 1000}), WithCap(10000)),
	}
	for _, amt := range []int64{5000, 250000, 9000000} {
		for _, p := range pricers {
			q := p.Quote(amt)
			fmt.Printf("%-5s %9d fee %6d [%s]\n", p.name, amt, q.FeeTotal, strings.Join(q.Fees, " "))
		}
	}
	adders := make([]func() int64, 0)
	for i := range 3 {
		adders = append(adders, func() int64 { return int64(i) * 100 })
	}
	for _, a := range adders {
		fmt.Print(a(), " ")
	}
	fmt.Println()
}
