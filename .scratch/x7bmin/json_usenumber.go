package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Unused struct{ X int } // any struct type declared in the program

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"id":12345678901234567890}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	fmt.Println(m["id"]) // Go: 12345678901234567890 (a json.Number)
}
