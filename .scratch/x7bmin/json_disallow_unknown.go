package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"X":1,"Z":2}`))
	dec.DisallowUnknownFields()
	var p Point
	fmt.Println(dec.Decode(&p), p) // Go: json: unknown field "Z" {1 0}
}
