package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("\"%d.%02d\"", m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var whole, cents int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &cents); err != nil {
		return fmt.Errorf("bad money %q: %w", s, err)
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
	Discount *float64 `json:"discount"`
}

type Inventory struct {
	Store string `json:"store"`
	Items []Item `json:"items"`
}

func main() {
	d := 0.15
	inv := Inventory{
		Store: "Corner Shop",
		Items: []Item{
			{SKU: "A1", Name: "Tea", Price: 450, Qty: 10, Tags: []string{"drink", "hot"}, internal: "x"},
			{SKU: "B2", Name: "Mug", Price: 1299, Attrs: map[string]string{"color": "blue", "size": "L"}, Discount: &d},
		},
	}
	b, err := json.Marshal(inv)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	pretty, _ := json.MarshalIndent(inv.Items[1], "", "  ")
	fmt.Println(string(pretty))

	input := `{"store":"Online","items":[{"sku":"C3","name":"Pen","price":"1.05","qty":3,"extra":true},{"sku":"D4","name":"Ink","price":"12.50","discount":0.5}]}`
	var back Inventory
	if err := json.Unmarshal([]byte(input), &back); err != nil {
		panic(err)
	}
	for _, it := range back.Items {
		disc := "none"
		if it.Discount != nil {
			disc = fmt.Sprint(*it.Discount)
		}
		fmt.Printf("%+v price=%d disc=%s\n", it.SKU, it.Price, disc)
	}

	var generic map[string]any
	json.Unmarshal([]byte(input), &generic)
	items := generic["items"].([]any)
	first := items[0].(map[string]any)
	fmt.Printf("%T %v %T\n", first["qty"], first["qty"], first["extra"])

	bad := `{"store":"X","items":[{"price":"abc"}]}`
	var inv2 Inventory
	err = json.Unmarshal([]byte(bad), &inv2)
	fmt.Println("error:", err)

	dec := json.NewDecoder(strings.NewReader(`{"sku":"E5","name":"Cup","price":"3.00"} {"sku":"F6","name":"Lid","price":"0.99"}`))
	for dec.More() {
		var it Item
		if err := dec.Decode(&it); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Println(it.Name, int64(it.Price))
	}

	raw := json.RawMessage(`{"nested":[1,2,3]}`)
	out, _ := json.Marshal(map[string]any{"raw": raw, "n": 1, "s": "<tag>&"})
	fmt.Println(string(out))
}
