package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"text/tabwriter"
	"time"
)

type Item struct {
	SKU      string
	OnHand   int
	Reorder  int
	OrderQty int
	LeadDays int
	incoming map[int]int
}

func main() {
	rng := rand.New(rand.NewPCG(42, 1))
	items := []*Item{
		{SKU: "bolt", OnHand: 50, Reorder: 20, OrderQty: 60, LeadDays: 3},
		{SKU: "nut", OnHand: 30, Reorder: 15, OrderQty: 40, LeadDays: 2},
		{SKU: "gear", OnHand: 8, Reorder: 5, OrderQty: 10, LeadDays: 5},
	}
	for _, it := range items {
		it.incoming = map[int]int{}
	}
	start := time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)
	stockouts := map[string]int{}
	orders := 0
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	fmt.Fprintln(w, "day\tbolt\tnut\tgear\tevents")
	for day := 0; day < 14; day++ {
		date := start.AddDate(0, 0, day)
		if date.Weekday() == time.Sunday {
			continue
		}
		events := ""
		row := date.Format("Mon 02") + "\t"
		for _, it := range items {
			it.OnHand += it.incoming[day]
			delete(it.incoming, day)
			demand := rng.IntN(it.Reorder)
			if demand > it.OnHand {
				stockouts[it.SKU] += demand - it.OnHand
				demand = it.OnHand
			}
			it.OnHand -= demand
			pending := 0
			for _, q := range it.incoming {
				pending += q
			}
			if it.OnHand+pending <= it.Reorder {
				it.incoming[day+it.LeadDays] += it.OrderQty
				orders++
				events += fmt.Sprintf(" +%s@%d", it.SKU, day+it.LeadDays)
			}
			row += fmt.Sprintf("%d\t", it.OnHand)
		}
		fmt.Fprintln(w, row+events)
	}
	w.Flush()
	fmt.Println("orders:", orders, "stockouts:", stockouts)
}
