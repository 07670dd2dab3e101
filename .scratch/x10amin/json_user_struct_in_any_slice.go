// Go prints {"list":[{"X":3}]}; the session adds the unexported field as "Xtag" for a user struct inside a []any (a struct directly in map[string]any is right).
package main

import (
	"encoding/json"
	"fmt"
)

type pt struct {
	X   int
	tag string
}

func main() {
	b, _ := json.Marshal(map[string]any{"list": []any{pt{3, "t"}}})
	fmt.Println(string(b))
}
