package main

import (
	"fmt"
	"math/big"
	"sort"
)

type Currency string

type RateTable struct {
	base  Currency
	rates map[Currency]*big.Rat // units of currency per 1 base
}

func NewRateTable(base Currency) *RateTable {
	return &RateTable{base: base, rates: map[Currency]*big.Rat{base: big.NewRat(1, 1)}}
}

func (t *RateTable) Set(c Currency, rate string) {
	r, ok := new(big.Rat).SetString(rate)
	if !ok {
		panic("bad rate " + rate)
	}
	t.rates[c] = r
}

func (t *RateTable) Convert(amount *big.Rat, from, to Currency) (*big.Rat, error) {
	rf, ok := t.rates[from]
	if !ok {
		return nil, fmt.Errorf("unknown currency %q", from)
	}
	rt, ok := t.rates[to]
	if !ok {
		return nil, fmt.Errorf("unknown currency %q", to)
	}
	out := new(big.Rat).Quo(amount, rf)
	return out.Mul(out, rt), nil
}

func main() {
	t := NewRateTable("USD")
	t.Set("EUR", "0.9215")
	t.Set("GBP", "0.7893")
	t.Set("JPY", "151.37")
	t.Set("CHF", "0.8841")
	codes := make([]Currency, 0)
	for c := range t.rates {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	amt := big.NewRat(125050, 100)
	fmt.Printf("%-5s", "")
	for _, c := range codes {
		fmt.Printf("%14s", c)
	}
	fmt.Println()
	for _, from := range codes {
		fmt.Printf("%-5s", from)
		for _, to := range codes {
			v, err := t.Convert(amt, from, to)
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Printf("%14s", v.FloatString(2))
		}
		fmt.Println()
	}
	back, _ := t.Convert(amt, "USD", "JPY")
	back, _ = t.Convert(back, "JPY", "USD")
	fmt.Println("round trip exact:", back.Cmp(amt) == 0, back.RatString())
	_, err := t.Convert(amt, "USD", "XAU")
	fmt.Println("err:", err)
	r := big.NewRat(1, 3)
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom())
}
