// Exercises: json syntax errors and type mismatch errors inspected with errors.As.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Rec struct {
	Count int `json:"count"`
}

func main() {
	var r Rec
	err := json.Unmarshal([]byte(`{"count": "many"}`), &r)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		fmt.Println("type error on field", te.Field, "value", te.Value)
	}
	err = json.Unmarshal([]byte(`{"count": 1,}`), &r)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Println("syntax error at offset", se.Offset)
	}
	fmt.Println(json.Valid([]byte(`[1,2]`)), json.Valid([]byte(`[1,2`)))
}
