// Exercises: JSON - Marshal of values, slices, maps and tagged structs; Unmarshal into any and into structs; Encoder/Decoder; errors
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Customer struct {
	ID       int             `json:"id"`
	Name     string          `json:"name"`
	Emails   []string        `json:"emails"`
	Address  *Address        `json:"address,omitempty"`
	Prefs    map[string]bool `json:"prefs,omitempty"`
	Internal string          `json:"-"`
	note     string
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(3.0)
	show([]any{"x", 1, false, nil})
	show(map[string][]int{"odd": {1, 3}, "even": {2}})
	show(Customer{ID: 1, Name: "Ann", Internal: "hidden", note: "n"})
	show(Customer{ID: 2, Emails: []string{}, Address: &Address{City: "Oslo"}, Prefs: map[string]bool{"sms": true}})
	show("<tag> & \"quotes\"")

	var generic any
	json.Unmarshal([]byte(`{"a":[1,2.5,{"b":null}],"c":true}`), &generic)
	m := generic.(map[string]any)
	arr := m["a"].([]any)
	fmt.Println(arr[0].(float64)+arr[1].(float64), arr[2].(map[string]any)["b"] == nil, m["c"])

	var c Customer
	err := json.Unmarshal([]byte(`{"id":7,"name":"Bo","emails":["b@x.org"],"address":{"city":"Rome","zip":"00100"},"extra":1}`), &c)
	fmt.Println(c.ID, c.Name, c.Emails, c.Address.City, c.Address.Zip, err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(Address{City: "Lima"})

	dec := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2} {"id":"three"}`))
	for {
		var cu Customer
		if err := dec.Decode(&cu); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println("decoded id", cu.ID)
	}
	fmt.Println(json.Unmarshal([]byte(`{"id":1,}`), &c))
	fmt.Println(json.Valid([]byte(`[1,2]`)), json.Valid([]byte(`{`)))
}
