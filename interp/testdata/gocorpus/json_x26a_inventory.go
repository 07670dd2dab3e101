package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	var whole, cents int64
	if _, err := fmt.Sscanf(s, "%d.%02d", &whole, &cents); err != nil {
		return fmt.Errorf("money %q: %w", s, err)
	}
	*m = Money(whole*100 + cents)
	return nil
}

type Item struct {
	SKU      string            `json:"sku"`
	Name     string            `json:"name"`
	Price    Money             `json:"price"`
	Qty      int               `json:"qty,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	internal string
}

type Inventory struct {
	Store string  `json:"store"`
	Items []*Item `json:"items"`
}

func (inv Inventory) Total() Money {
	var t Money
	for _, it := range inv.Items {
		t += it.Price * Money(it.Qty)
	}
	return t
}

const data = `{
  "store": "Corner Shop",
  "items": [
    {"sku": "A1", "name": "Apple", "price": "0.45", "qty": 120, "tags": ["fruit", "fresh"]},
    {"sku": "B7", "name": "Bread", "price": "2.10", "qty": 8, "attrs": {"type": "rye", "size": "L"}},
    {"sku": "C3", "name": "Candle", "price": "5.99"}
  ]
}`

func main() {
	var inv Inventory
	if err := json.Unmarshal([]byte(data), &inv); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(inv.Store, len(inv.Items), inv.Total())
	sort.Slice(inv.Items, func(i, j int) bool { return inv.Items[i].Price > inv.Items[j].Price })
	for _, it := range inv.Items {
		fmt.Printf("%s %-7s %5d %v %v\n", it.SKU, it.Name, it.Price, it.Tags, it.Attrs)
	}
	inv.Items[0].internal = "secret"
	out, _ := json.MarshalIndent(inv, "", "  ")
	fmt.Println(string(out))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"total": inv.Total(), "n": len(inv.Items), "ok": true})
	var bad Inventory
	err := json.Unmarshal([]byte(`{"items":[{"price":"abc"}]}`), &bad)
	fmt.Println(err != nil, strings.Contains(err.Error(), "money"))
	err = json.Unmarshal([]byte(`{"items": 3}`), &bad)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Value)
	var generic map[string]any
	json.Unmarshal([]byte(data), &generic)
	items := generic["items"].([]any)
	fmt.Println(items[0].(map[string]any)["qty"], generic["store"])
}
