package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type A struct{ Level string }

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"Level":"x","extra":1}`))
	dec.DisallowUnknownFields()
	var a A
	fmt.Println(dec.Decode(&a))
}
