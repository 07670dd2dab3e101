package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Category string

const (
	Electronics Category = "electronics"
	Grocery     Category = "grocery"
	Toys        Category = "toys"
)

type Item struct {
	SKU      string   `json:"sku"`
	Name     string   `json:"name"`
	Category Category `json:"category"`
	Qty      int      `json:"qty"`
	Price    float64  `json:"unit_price"`
	Tags     []string `json:"tags,omitempty"`
	internal string
}

type Inventory struct {
	Warehouse string           `json:"warehouse"`
	Items     map[string]*Item `json:"items"`
	Reorder   int              `json:"-"`
}

type StockError struct {
	SKU       string
	Have, Req int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, requested %d", e.SKU, e.Have, e.Req)
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.Items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %s", sku)
	}
	if it.Qty < n {
		return StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) LowStock() []*Item {
	var low []*Item
	for _, it := range inv.Items {
		if it.Qty <= inv.Reorder {
			low = append(low, it)
		}
	}
	sort.Slice(low, func(i, j int) bool { return low[i].SKU < low[j].SKU })
	return low
}

func (inv *Inventory) Value() map[Category]float64 {
	v := map[Category]float64{}
	for _, it := range inv.Items {
		v[it.Category] += float64(it.Qty) * it.Price
	}
	return v
}

func main() {
	inv := &Inventory{Warehouse: "North", Items: map[string]*Item{}, Reorder: 5}
	for _, it := range []Item{
		{SKU: "E100", Name: "Headphones", Category: Electronics, Qty: 12, Price: 59.99, Tags: []string{"audio"}},
		{SKU: "G200", Name: "Rice 5kg", Category: Grocery, Qty: 40, Price: 11.5},
		{SKU: "T300", Name: "Puzzle", Category: Toys, Qty: 6, Price: 14.25, internal: "x"},
		{SKU: "E101", Name: "USB Cable", Category: Electronics, Qty: 3, Price: 4.99, Tags: []string{"cable", "usb"}},
	} {
		it := it
		inv.Items[it.SKU] = &it
	}
	for _, req := range []struct {
		sku string
		n   int
	}{{"E100", 10}, {"T300", 2}, {"G200", 50}, {"X999", 1}} {
		if err := inv.Remove(req.sku, req.n); err != nil {
			var se StockError
			switch e := err.(type) {
			case StockError:
				se = e
				fmt.Printf("stock error: %v (short by %d)\n", se, se.Req-se.Have)
			default:
				fmt.Println("error:", e)
			}
		}
	}
	for _, it := range inv.LowStock() {
		fmt.Printf("reorder %s (%s): %d left\n", it.SKU, it.Name, it.Qty)
	}
	fmt.Println(inv.Value())
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(inv); err != nil {
		fmt.Println(err)
	}
	data, _ := json.Marshal(inv.Items["E101"])
	fmt.Println(string(data))
	var back Item
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v\n", back)
}
