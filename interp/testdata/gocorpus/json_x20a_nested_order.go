package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Item struct {
	SKU      string  `json:"sku"`
	Qty      int     `json:"qty"`
	Price    float64 `json:"price"`
	Discount *int    `json:"discount,omitempty"`
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Ship     Address           `json:"ship_to"`
	Items    []Item            `json:"items"`
	Tags     map[string]string `json:"tags,omitempty"`
	Notes    string            `json:"-"`
	paid     bool
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		p := it.Price * float64(it.Qty)
		if it.Discount != nil {
			p *= 1 - float64(*it.Discount)/100
		}
		t += p
	}
	return t
}

func main() {
	ten := 10
	o := Order{
		ID: 42, Customer: "Ada",
		Ship:  Address{"1 Loop Rd", "Gopher City", ""},
		Items: []Item{{"A-1", 2, 3.5, nil}, {"B-7", 1, 20, &ten}},
		Tags:  map[string]string{"gift": "yes", "channel": "web"},
		Notes: "secret", paid: true,
	}
	b, err := json.Marshal(o)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	fmt.Printf("total %.2f\n", o.Total())
	var back Order
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v %v %q\n", back.Ship, *back.Items[1].Discount, back.Notes)
	fmt.Println(back.Total() == o.Total(), back.paid)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(back.Items)
	in := `{"id":7,"customer":"Bo","ship_to":{"city":"X"},"items":[{"sku":"Z","qty":3,"price":1.25}],"extra":true}`
	var o2 Order
	dec := json.NewDecoder(strings.NewReader(in))
	dec.DisallowUnknownFields()
	err = dec.Decode(&o2)
	fmt.Println("strict:", err)
	json.Unmarshal([]byte(in), &o2)
	fmt.Printf("%d %s %.2f %v\n", o2.ID, o2.Ship.City, o2.Total(), o2.Tags == nil)
	var generic map[string]any
	json.Unmarshal([]byte(in), &generic)
	items := generic["items"].([]any)
	fmt.Printf("%T %v %T\n", items[0], generic["extra"], generic["id"])
	bad := `{"id":"seven"}`
	err = json.Unmarshal([]byte(bad), &o2)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("type error field:", ute.Field, ute.Value)
	}
}
