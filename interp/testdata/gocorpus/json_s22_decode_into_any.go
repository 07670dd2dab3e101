package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type T struct{ A int }

func main() {
	var l any
	err := json.Unmarshal([]byte(`{"a":[1,"x",null,true]}`), &l)
	fmt.Println(l, err)
	var xs []any
	fmt.Println(json.Unmarshal([]byte(`[1,{"b":2}]`), &xs), xs)
	var bad any
	fmt.Println(json.Unmarshal([]byte(`[1,`), &bad), bad)
	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec.UseNumber()
	var n any
	fmt.Println(dec.Decode(&n), n)
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"A":3}`), &t), t)
}
