package main

import (
	"encoding/json"
	"fmt"
)

type In struct{ A, B int }

type T struct{ Iface any }

func main() {
	t := T{Iface: &In{9, 9}}
	json.Unmarshal([]byte(`{"Iface":{"A":1}}`), &t)
	fmt.Println(t.Iface) // Go: &{1 9} (decodes into the pointer the interface holds)
}
