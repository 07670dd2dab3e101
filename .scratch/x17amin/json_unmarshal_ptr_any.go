// go run:     [1 2] <nil>
// gobackprop: <nil> json: Unmarshal(non-pointer *interface {})   (SILENT, both styles; the full program panics on the error)
// Decoding into map[string]any or []any works; only a pointer to an interface variable fails.
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var l any
	err := json.Unmarshal([]byte("[1,2]"), &l)
	fmt.Println(l, err)
}
