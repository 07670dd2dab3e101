package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Customer struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,string"`
	Address  *Address          `json:"address,omitempty"`
	Tags     []string          `json:"tags"`
	Prefs    map[string]bool   `json:"prefs,omitempty"`
	Internal string            `json:"-"`
	Dash     string            `json:"-,"`
	Scores   [3]float64        `json:"scores"`
	Labels   map[int]string    `json:"labels,omitempty"`
	Any      any               `json:"any"`
	Extra    map[string]string `json:",omitempty"`
}

func main() {
	cs := []Customer{
		{Name: "Ana", Age: 31, Address: &Address{"1 Main St", "Springfield", "12345"}, Tags: []string{"vip"},
			Prefs: map[string]bool{"sms": false, "email": true}, Internal: "x", Dash: "d", Scores: [3]float64{1.5, 2, 3.25},
			Labels: map[int]string{10: "ten", 2: "two"}, Any: []any{1, "a", nil}},
		{Name: "Ben <admin>", Age: 0, Any: map[string]any{"z": 1, "a": []int{}}},
	}
	out, err := json.MarshalIndent(cs, "", "\t")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(out))

	var compact bytes.Buffer
	json.Compact(&compact, out)
	fmt.Println(compact.Len(), compact.String()[:80])

	var ind bytes.Buffer
	json.Indent(&ind, []byte(`{"a":[1,2,{"b":null}],"c":{}}`), ">", "  ")
	fmt.Println(ind.String())

	var back []Customer
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("unmarshal:", err)
	}
	fmt.Printf("%+v\n", *back[0].Address)
	fmt.Printf("%v %d %q %v %T\n", back[0].Prefs, back[0].Age, back[0].Internal, back[0].Labels, back[0].Any)
	fmt.Printf("%#v\n", back[1].Any)

	var anon struct {
		ID   int `json:"id"`
		Meta struct {
			Pages int `json:"pages"`
		} `json:"meta"`
	}
	err = json.Unmarshal([]byte(`{"id": 7, "meta": {"pages": 12, "extra": 1}, "ignored": true}`), &anon)
	fmt.Printf("%+v %v\n", anon, err)
	var h bytes.Buffer
	json.HTMLEscape(&h, []byte(`{"x":"<b>&</b>"}`))
	fmt.Println(h.String(), json.Valid([]byte(`{"a":}`)))
}
