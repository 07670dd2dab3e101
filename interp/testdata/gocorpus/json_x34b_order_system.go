package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type LineItem struct {
	SKU      string  `json:"sku"`
	Qty      int     `json:"qty"`
	Price    float64 `json:"unit_price"`
	Discount float64 `json:"discount,omitempty"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

type Order struct {
	ID       int        `json:"id"`
	Customer string     `json:"customer"`
	Items    []LineItem `json:"items"`
	Ship     *Address   `json:"ship_to,omitempty"`
	Notes    string     `json:"-"`
	Status   string     `json:"status"`
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Price * (1 - it.Discount)
	}
	return t
}

const input = `[
 {"id": 7, "customer": "ana", "status": "new",
  "items": [{"sku": "PEN", "qty": 3, "unit_price": 1.5}, {"sku": "BOOK", "qty": 1, "unit_price": 20, "discount": 0.1}],
  "ship_to": {"street": "1 Main", "city": "Oslo"}},
 {"id": 8, "customer": "ben", "status": "paid", "items": [{"sku": "MUG", "qty": 2, "unit_price": 8.25}], "extra": true}
]`

func main() {
	var orders []Order
	if err := json.Unmarshal([]byte(input), &orders); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, o := range orders {
		fmt.Printf("order %d for %s: %d items, total %.2f, ship %v\n", o.ID, o.Customer, len(o.Items), o.Total(), o.Ship != nil)
	}
	orders[1].Status = "shipped"
	orders[1].Notes = "fragile"
	out, err := json.Marshal(orders[1])
	fmt.Println(string(out), err)
	pretty, _ := json.MarshalIndent(orders[0].Items[1], "", "  ")
	fmt.Println(string(pretty))

	var generic map[string]any
	_ = json.Unmarshal([]byte(`{"id": 9, "tags": ["a","b"], "price": 3.5, "ok": null}`), &generic)
	fmt.Println(generic)
	for _, k := range []string{"id", "tags", "price", "ok"} {
		fmt.Printf("%s: %T\n", k, generic[k])
	}

	dec := json.NewDecoder(strings.NewReader(`{"id": 1, "bogus": 2}`))
	dec.DisallowUnknownFields()
	var o Order
	fmt.Println("strict:", dec.Decode(&o))
	var bad Order
	err = json.Unmarshal([]byte(`{"id": "x"}`), &bad)
	fmt.Println("bad:", err)
}
