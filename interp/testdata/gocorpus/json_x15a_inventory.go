package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Dimensions struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
	D float64 `json:"d,omitempty"`
}

type Item struct {
	SKU      string            `json:"sku"`
	Name     string            `json:"name"`
	Price    float64           `json:"price"`
	Qty      int               `json:"qty"`
	Tags     []string          `json:"tags,omitempty"`
	Dims     *Dimensions       `json:"dims,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	internal string
	Discount float64 `json:"-"`
}

type Status int

const (
	InStock Status = iota
	Low
	Out
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"in_stock", "low", "out"}[s])
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "in_stock":
		*s = InStock
	case "low":
		*s = Low
	case "out":
		*s = Out
	default:
		return fmt.Errorf("unknown status %q", str)
	}
	return nil
}

type Report struct {
	Warehouse string            `json:"warehouse"`
	Items     []Item            `json:"items"`
	Status    map[string]Status `json:"status"`
}

const input = `{
  "warehouse": "north",
  "items": [
    {"sku": "A-1", "name": "Widget", "price": 2.5, "qty": 100, "tags": ["small", "blue"]},
    {"sku": "B-2", "name": "Gadget", "price": 19.99, "qty": 3, "dims": {"w": 10, "h": 4.5}},
    {"sku": "C-3", "name": "Doohickey", "price": 7, "qty": 0, "attrs": {"color": "red", "finish": "matte"}, "extra": true}
  ],
  "status": {"A-1": "in_stock", "B-2": "low", "C-3": "out"}
}`

func main() {
	var r Report
	if err := json.Unmarshal([]byte(input), &r); err != nil {
		fmt.Println("error:", err)
		return
	}
	total := 0.0
	for _, it := range r.Items {
		total += it.Price * float64(it.Qty)
		fmt.Printf("%-4s %-10s %6.2f x%-3d status=%d dims=%v\n", it.SKU, it.Name, it.Price, it.Qty, r.Status[it.SKU], it.Dims)
	}
	fmt.Printf("inventory value: %.2f\n", total)

	r.Items[0].Qty -= 95
	r.Items[0].internal = "hidden"
	r.Items[0].Discount = 0.1
	r.Status["A-1"] = Low
	out, err := json.Marshal(r)
	fmt.Println(string(out), err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(r.Items[1])

	var generic map[string]any
	json.Unmarshal([]byte(input), &generic)
	items := generic["items"].([]any)
	first := items[0].(map[string]any)
	fmt.Printf("%T %v %T %v\n", first["qty"], first["qty"], first["tags"], first["tags"])

	var bad Report
	err = json.Unmarshal([]byte(`{"status": {"X": "lost"}}`), &bad)
	fmt.Println("bad:", err)
	err = json.Unmarshal([]byte(`{"items": [{"qty": "many"}]}`), &bad)
	fmt.Println("bad:", err)

	dec := json.NewDecoder(strings.NewReader(`{"sku":"D"} {"sku":"E","qty":2} [1]`))
	for {
		var it Item
		if err := dec.Decode(&it); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%+v\n", it)
	}
}
