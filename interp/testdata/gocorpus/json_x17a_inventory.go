package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Item struct {
	SKU      string            `json:"sku"`
	Name     string            `json:"name"`
	Qty      int               `json:"qty"`
	Price    float64           `json:"price,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	internal int
}

type Warehouse struct {
	ID    string  `json:"id"`
	Items []Item  `json:"items"`
	Owner *string `json:"owner"`
}

const doc = `[
 {"id":"W1","items":[{"sku":"a1","name":"bolt","qty":120,"price":0.05,"tags":["metal","small"]},
                     {"sku":"b2","name":"nut","qty":300,"price":0.03}],"owner":"ann"},
 {"id":"W2","items":[{"sku":"a1","name":"bolt","qty":30,"price":0.05},
                     {"sku":"c3","name":"gear","qty":7,"price":4.5,"attrs":{"teeth":"24","mod":"1"}}],"owner":null},
 {"id":"W3","items":[]}
]`

func main() {
	var ws []Warehouse
	if err := json.Unmarshal([]byte(doc), &ws); err != nil {
		panic(err)
	}
	totals := map[string]int{}
	value := 0.0
	for _, w := range ws {
		owner := "<none>"
		if w.Owner != nil {
			owner = *w.Owner
		}
		fmt.Printf("%s owner=%s items=%d\n", w.ID, owner, len(w.Items))
		for _, it := range w.Items {
			totals[it.SKU] += it.Qty
			value += float64(it.Qty) * it.Price
		}
	}
	fmt.Println(totals)
	fmt.Printf("value %.2f\n", value)
	skus := make([]string, 0, len(totals))
	for k := range totals {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	summary := struct {
		SKUs   []string       `json:"skus"`
		Totals map[string]int `json:"totals"`
		Empty  []string       `json:"empty"`
		Note   string         `json:"-"`
	}{skus, totals, nil, "hidden"}
	b, err := json.MarshalIndent(summary, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(Item{SKU: "x<y>", Name: "a&b", Qty: 1, internal: 9})
	var raw map[string]json.RawMessage
	json.Unmarshal([]byte(`{"a":[1,2],"b":{"c":true}}`), &raw)
	fmt.Println(len(raw), string(raw["b"]))
	dec := json.NewDecoder(strings.NewReader(`{"sku":"z","qty":"many"}`))
	var it Item
	err = dec.Decode(&it)
	var te *json.UnmarshalTypeError
	fmt.Println(err, fmt.Sprintf("%T", err), it.SKU)
	_ = te
}
