// SILENT (both styles). From json_x15b_config_tags.go.
// go run:     json: cannot unmarshal string into Go struct field T.f of type bool
// gobackprop: json: cannot unmarshal object into Go struct field T.f of type map[string]bool
// (the second line, a plain map[string]bool target, agrees: only a map inside a cell's struct type differs)
package main

import (
	"encoding/json"
	"fmt"
)

type T struct {
	F map[string]bool `json:"f"`
}

func main() {
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"f": {"a": "yes"}}`), &t))
	var m map[string]bool
	fmt.Println(json.Unmarshal([]byte(`{"a": "yes"}`), &m))
}
