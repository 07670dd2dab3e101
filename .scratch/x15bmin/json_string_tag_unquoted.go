// SILENT (both styles). From json_x15b_config_tags.go.
// go run:     json: invalid use of ,string struct tag, trying to unmarshal unquoted value into int
// gobackprop: json: invalid use of ,string struct tag, trying to unmarshal 7 into int
package main

import (
	"encoding/json"
	"fmt"
)

type T struct {
	V int `json:"v,string"`
}

func main() {
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"v": 7}`), &t))
}
