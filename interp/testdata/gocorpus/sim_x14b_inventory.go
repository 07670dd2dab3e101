package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	Price    float64
	Restock  time.Time
	Category string
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func (inv *Inventory) Load(data string) error {
	r := csv.NewReader(strings.NewReader(data))
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	inv.items = map[string]*Item{}
	for i, rec := range recs[1:] {
		qty, err := strconv.Atoi(rec[2])
		if err != nil {
			return fmt.Errorf("row %d: %w", i+2, err)
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		when, err := time.Parse("2006-01-02", rec[4])
		if err != nil {
			return fmt.Errorf("row %d date: %w", i+2, err)
		}
		inv.items[rec[0]] = &Item{rec[0], rec[1], qty, price, when, rec[5]}
	}
	return nil
}

func (inv *Inventory) Sell(sku string, n int, at time.Time) error {
	it, ok := inv.items[sku]
	switch {
	case !ok:
		return fmt.Errorf("unknown sku %s", sku)
	case it.Qty < n:
		return fmt.Errorf("%s: only %d left", sku, it.Qty)
	}
	it.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("%s sold %d x %s", at.Format("Jan 02 15:04"), n, it.Name))
	return nil
}

func (inv *Inventory) Sorted() []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Category != out[j].Category {
			return out[i].Category < out[j].Category
		}
		return out[i].SKU < out[j].SKU
	})
	return out
}

const data = `sku,name,qty,price,restock,category
# comment line
A100,Widget,50,2.50,2024-03-01,tools
B200,"Gadget, large",5,19.99,2024-02-15,gadgets
A101,Sprocket,0,0.75,2024-04-10,tools
C300,Gizmo,12,7.25,2024-01-20,gadgets
`

func main() {
	inv := &Inventory{}
	if err := inv.Load(data); err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2024, 2, 20, 9, 30, 0, 0, time.UTC)
	for i, s := range []struct {
		sku string
		n   int
	}{{"A100", 10}, {"B200", 6}, {"C300", 12}, {"Z999", 1}, {"B200", 5}} {
		if err := inv.Sell(s.sku, s.n, now.Add(time.Duration(i)*17*time.Minute)); err != nil {
			fmt.Println("error:", err)
		}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "SKU\tNAME\tQTY\tVALUE\tRESTOCK IN\t")
	var total float64
	for _, it := range inv.Sorted() {
		v := float64(it.Qty) * it.Price
		total += v
		days := int(it.Restock.Sub(now).Hours() / 24)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%dd\t\n", it.SKU, it.Name, it.Qty, v, days)
	}
	tw.Flush()
	fmt.Printf("total value %.2f\n", total)
	fmt.Println(strings.Join(inv.log, "\n"))
	err := (&Inventory{}).Load("a,b\nx\n")
	fmt.Println(err)
}
