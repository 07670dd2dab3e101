package main

import (
	"encoding/json"
	"fmt"
	"os"
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
}

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Ship     *Address          `json:"ship,omitempty"`
	Items    []Item            `json:"items"`
	Tags     map[string]string `json:"tags,omitempty"`
	Paid     bool              `json:"paid"`
	internal string
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Price
	}
	return t
}

func main() {
	o := Order{
		ID:       7,
		Customer: "Zoe",
		Ship:     &Address{Street: "1 Main", City: "Springfield"},
		Items:    []Item{{"A-1", 2, 3.5}, {"B-2", 1, 10}},
		Tags:     map[string]string{"prio": "high", "gift": "yes"},
		internal: "secret",
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
	fmt.Printf("%+v %+v %.2f %q\n", back.Items, *back.Ship, back.Total(), back.internal)
	raw := `{"id":9,"customer":"Max","items":[{"sku":"C","qty":3,"price":1.25}],"paid":true,"extra":[1,2]}`
	var o2 Order
	if err := json.Unmarshal([]byte(raw), &o2); err != nil {
		panic(err)
	}
	fmt.Println(o2.ID, o2.Customer, o2.Ship == nil, o2.Paid, o2.Total(), o2.Tags == nil)
	var generic map[string]any
	json.Unmarshal([]byte(raw), &generic)
	fmt.Println(generic["items"], generic["extra"], generic["id"])
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode([]Order{o2})
	bad := `{"id":"x"}`
	var o3 Order
	err = json.Unmarshal([]byte(bad), &o3)
	fmt.Println("err:", err)
}
