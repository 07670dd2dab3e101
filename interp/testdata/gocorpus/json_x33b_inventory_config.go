package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money float64

func (m Money) String() string { return fmt.Sprintf("$%.2f", float64(m)) }

type Product struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Price    Money             `json:"price"`
	Tags     []string          `json:"tags,omitempty"`
	Stock    *int              `json:"stock"`
	Attrs    map[string]any    `json:"attrs,omitempty"`
	Variants []json.RawMessage `json:"variants,omitempty"`
}

type Warehouse struct {
	Name     string    `json:"name"`
	Products []Product `json:"products"`
	Updated  string    `json:"updated"`
}

const doc = `{
  "name": "North",
  "updated": "2024-05-01",
  "products": [
    {"id": 1, "name": "Desk", "price": 149.5, "tags": ["office", "wood"], "stock": 4,
     "attrs": {"width_cm": 120, "color": "oak", "foldable": false}},
    {"id": 2, "name": "Lamp", "price": 19.99, "stock": 0, "variants": [{"color":"red"}, "\"plain\""]},
    {"id": 3, "name": "Chair", "price": 89, "stock": null, "extra": "ignored"}
  ]
}`

func (w Warehouse) Value() Money {
	var total Money
	for _, p := range w.Products {
		if p.Stock != nil {
			total += p.Price * Money(*p.Stock)
		}
	}
	return total
}

func main() {
	var w Warehouse
	if err := json.Unmarshal([]byte(doc), &w); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, p := range w.Products {
		stock := "unknown"
		if p.Stock != nil {
			stock = fmt.Sprint(*p.Stock)
		}
		fmt.Printf("#%d %-5s %8v stock=%s tags=%q\n", p.ID, p.Name, p.Price, stock, p.Tags)
		if len(p.Attrs) > 0 {
			keys := make([]string, 0, len(p.Attrs))
			for k := range p.Attrs {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Printf("    %s=%v (%T)\n", k, p.Attrs[k], p.Attrs[k])
			}
		}
		for _, v := range p.Variants {
			fmt.Printf("    variant raw: %s\n", v)
		}
	}
	fmt.Println("inventory value:", w.Value())

	n := 10
	w.Products[2].Stock = &n
	w.Products = w.Products[1:]
	out, _ := json.MarshalIndent(w, "", "\t")
	fmt.Println(string(out))

	var syn *json.SyntaxError
	err := json.Unmarshal([]byte(`{"name": "x",}`), &w)
	fmt.Println(err, errors.As(err, &syn))
	dec := json.NewDecoder(strings.NewReader(`{"id": 1, "nme": "typo"}`))
	dec.DisallowUnknownFields()
	var p Product
	fmt.Println(dec.Decode(&p))
	m := map[string][]int{"b": {2}, "a": {1, 1}}
	bs, _ := json.Marshal(m)
	fmt.Println(string(bs), json.Valid(bs), json.Valid([]byte("{")))
	var anyv any
	_ = json.Unmarshal([]byte(`[1, 2.5, "x", {"k": [true]}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.([]any)[0])
}
