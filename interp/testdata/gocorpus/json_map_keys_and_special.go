// Exercises: JSON encoding of maps with int keys, HTML escaping, byte slices and pointers.
package main

import (
	"encoding/json"
	"fmt"
)

type Payload struct {
	Counts map[int]string `json:"counts"`
	HTML   string         `json:"html"`
	Raw    []byte         `json:"raw"`
	Ptr    *int           `json:"ptr"`
	Any    any            `json:"any"`
	Float  float64        `json:"float"`
}

func main() {
	n := 7
	p := Payload{
		Counts: map[int]string{10: "ten", 2: "two"},
		HTML:   "<b>&</b>",
		Raw:    []byte("hey"),
		Ptr:    &n,
		Any:    []any{1, "x", nil},
		Float:  1e21,
	}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	var back Payload
	json.Unmarshal(b, &back)
	fmt.Println(string(back.Raw), *back.Ptr, back.Counts[10])
}
