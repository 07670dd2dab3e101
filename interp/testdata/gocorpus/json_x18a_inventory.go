package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Item struct {
	SKU      string   `json:"sku"`
	Name     string   `json:"name"`
	Price    float64  `json:"price"`
	Qty      int      `json:"qty,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	internal int
}

type Inventory struct {
	Store string         `json:"store"`
	Items []Item         `json:"items"`
	Meta  map[string]any `json:"meta"`
	Notes *string        `json:"notes"`
}

const input = `{
  "store": "Corner Shop",
  "items": [
    {"sku": "A1", "name": "Apple", "price": 0.5, "qty": 120, "tags": ["fruit", "fresh"]},
    {"sku": "B2", "name": "Bread", "price": 2.25, "qty": 0},
    {"sku": "C3", "name": "Cheese", "price": 7.9, "qty": 14, "tags": ["dairy"]}
  ],
  "meta": {"open": true, "floors": 1, "zip": "12345"}
}`

func main() {
	var inv Inventory
	if err := json.Unmarshal([]byte(input), &inv); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s: %d items, notes nil=%v\n", inv.Store, len(inv.Items), inv.Notes == nil)
	keys := make([]string, 0, len(inv.Meta))
	for k := range inv.Meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  meta %s = %v (%T)\n", k, inv.Meta[k], inv.Meta[k])
	}
	value := 0.0
	for _, it := range inv.Items {
		value += it.Price * float64(it.Qty)
	}
	fmt.Printf("stock value %.2f\n", value)
	inv.Items = append(inv.Items, Item{SKU: "D4", Name: "Dates", Price: 3, internal: 9})
	note := "restocked"
	inv.Notes = &note
	out, _ := json.Marshal(inv.Items[1:])
	fmt.Println(string(out))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"notes": inv.Notes, "count": len(inv.Items), "meta": inv.Meta})
	var bad Item
	err := json.Unmarshal([]byte(`{"sku": 5}`), &bad)
	fmt.Println("bad:", err)
}
