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
	Qty      int      `json:"qty"`
	Price    float64  `json:"price"`
	Tags     []string `json:"tags,omitempty"`
	Discount *float64 `json:"discount,omitempty"`
	internal int
}

type Inventory struct {
	Warehouse string         `json:"warehouse"`
	Items     []Item         `json:"items"`
	Meta      map[string]any `json:"meta"`
}

func (inv Inventory) Value() float64 {
	total := 0.0
	for _, it := range inv.Items {
		p := it.Price
		if it.Discount != nil {
			p *= 1 - *it.Discount
		}
		total += p * float64(it.Qty)
	}
	return total
}

const data = `{
  "warehouse": "north",
  "items": [
    {"sku": "A-1", "name": "widget", "qty": 10, "price": 2.5, "tags": ["small", "metal"]},
    {"sku": "B-7", "name": "gadget", "qty": 3, "price": 19.99, "discount": 0.1},
    {"sku": "C-3", "name": "doohickey", "qty": 0, "price": 7}
  ],
  "meta": {"version": 3, "audited": true, "owner": {"name": "kim"}, "zones": ["a", "b"]}
}`

func main() {
	var inv Inventory
	if err := json.Unmarshal([]byte(data), &inv); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("%s: %d items, value %.2f\n", inv.Warehouse, len(inv.Items), inv.Value())
	keys := make([]string, 0, len(inv.Meta))
	for k := range inv.Meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  meta %s: %v (%T)\n", k, inv.Meta[k], inv.Meta[k])
	}
	inv.Items = append(inv.Items, Item{SKU: "D-9", Name: "thing", Qty: 1, Price: 0.5, internal: 42})
	sort.Slice(inv.Items, func(i, j int) bool { return inv.Items[i].Price > inv.Items[j].Price })
	out, err := json.MarshalIndent(inv.Items, "", "  ")
	if err != nil {
		fmt.Println(err)
	}
	os.Stdout.Write(out)
	fmt.Println()
	var bad Inventory
	err = json.Unmarshal([]byte(`{"items": [{"qty": "many"}]}`), &bad)
	fmt.Println("bad:", err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("field:", ute.Field, "value:", ute.Value)
	}
	compact, _ := json.Marshal(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil})
	fmt.Println(string(compact))
}
