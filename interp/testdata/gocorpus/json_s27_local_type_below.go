// A map of any printed before main declares a local type, and a function
// printing values that may be of another function's local type.
package main

import (
	"encoding/json"
	"fmt"
)

type Config map[string]any

func show(v any) string { return fmt.Sprintf("%v", v) }

func main() {
	c := Config{"a": 1, "b": []any{1, "x"}}
	fmt.Println(c, show(c["b"]))
	type pair struct {
		K string `json:"k"`
		V any    `json:"v"`
	}
	var ps []pair
	for _, k := range []string{"a", "b"} {
		ps = append(ps, pair{k, c[k]})
	}
	b, _ := json.Marshal(ps)
	fmt.Println(string(b), show(ps[0]))
}
