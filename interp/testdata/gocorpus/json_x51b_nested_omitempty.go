package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Item struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
	Gift  bool    `json:"gift,omitempty"`
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Ship     *Address          `json:"ship,omitempty"`
	Items    []Item            `json:"items"`
	Meta     map[string]string `json:"meta,omitempty"`
	Notes    []string          `json:"notes,omitempty"`
	internal string
	Secret   string `json:"-"`
}

func main() {
	o := Order{
		ID:       42,
		Customer: "ACME",
		Ship:     &Address{Street: "1 Main St", City: "Springfield"},
		Items:    []Item{{"A-1", 2, 9.99, false}, {"B-2", 1, 100, true}},
		Meta:     map[string]string{"src": "web", "campaign": "fall"},
		internal: "hidden",
		Secret:   "pw",
	}
	b, err := json.Marshal(o)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	var back Order
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", *back.Ship)
	fmt.Printf("%+v\n", back.Items)
	fmt.Println(back.Meta, back.internal == "", back.Secret == "")

	empty := Order{ID: 7}
	b, _ = json.MarshalIndent(empty, "", "  ")
	fmt.Println(string(b))

	in := `{"id":9,"customer":"Z","items":[{"sku":"Q","qty":3,"price":1.5,"extra":true}],"ship":{"city":"Oslo","zip":"0150"}}`
	var o2 Order
	if err := json.Unmarshal([]byte(in), &o2); err != nil {
		panic(err)
	}
	fmt.Printf("%#v\n", o2.Items)
	fmt.Printf("%+v\n", o2.Ship)
	var generic map[string]any
	json.Unmarshal([]byte(in), &generic)
	fmt.Printf("%v %T\n", generic["items"], generic["id"])
	bad := `{"id":"nope"}`
	var o3 Order
	err = json.Unmarshal([]byte(bad), &o3)
	fmt.Println("err:", err)
}
