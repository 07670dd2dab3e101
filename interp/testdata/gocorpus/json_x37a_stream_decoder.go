package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

const payload = `{
  "source": "warehouse-eu",
  "generated": "2024-10-01",
  "orders": [
    {"id": "o-1", "lines": [{"sku": "A", "qty": 2, "unit": 3.5}, {"sku": "B", "qty": 1, "unit": 10}]},
    {"id": "o-2", "lines": [{"sku": "A", "qty": 10, "unit": 3.25}]},
    {"id": "o-3", "lines": [], "note": "cancelled"},
    {"id": "o-4", "lines": [{"sku": "C", "qty": 1, "unit": 99.99}, {"sku": "B", "qty": 3, "unit": 9.5}]}
  ],
  "checksum": 12345678901234567890
}`

type Line struct {
	SKU  string  `json:"sku"`
	Qty  int     `json:"qty"`
	Unit float64 `json:"unit"`
}

type Order struct {
	ID    string `json:"id"`
	Lines []Line `json:"lines"`
	Note  string `json:"note,omitempty"`
}

func (o Order) Total() float64 {
	t := 0.0
	for _, l := range o.Lines {
		t += float64(l.Qty) * l.Unit
	}
	return t
}

func main() {
	dec := json.NewDecoder(strings.NewReader(payload))
	dec.UseNumber()
	header := map[string]any{}
	var orders []Order
	if _, err := dec.Token(); err != nil {
		panic(err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			panic(err)
		}
		key := tok.(string)
		if key != "orders" {
			var v any
			if err := dec.Decode(&v); err != nil {
				panic(err)
			}
			header[key] = v
			continue
		}
		if _, err := dec.Token(); err != nil {
			panic(err)
		}
		for dec.More() {
			var o Order
			if err := dec.Decode(&o); err != nil {
				panic(err)
			}
			orders = append(orders, o)
		}
		dec.Token()
	}
	_, err := dec.Token()
	fmt.Println("end token:", err)
	_, err = dec.Token()
	fmt.Println("after end:", err == io.EOF)

	keys := make([]string, 0)
	for k := range header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v (%T)\n", k, header[k], header[k])
	}
	if n, ok := header["checksum"].(json.Number); ok {
		_, err := n.Int64()
		f, _ := n.Float64()
		fmt.Println("checksum as int64:", err != nil, "as float:", f)
	}
	bySKU := map[string]int{}
	for _, o := range orders {
		fmt.Printf("%-4s %3d lines %8.2f %q\n", o.ID, len(o.Lines), o.Total(), o.Note)
		for _, l := range o.Lines {
			bySKU[l.SKU] += l.Qty
		}
	}
	out, _ := json.Marshal(bySKU)
	fmt.Println(string(out))
	var partial struct {
		Orders []struct{ ID string }
	}
	json.Unmarshal([]byte(payload), &partial)
	fmt.Printf("%+v\n", partial)
}
