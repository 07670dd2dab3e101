package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func main() {
	var p Point
	err := json.Unmarshal([]byte(`{"X":"one"}`), &p)
	var te *json.UnmarshalTypeError
	errors.As(err, &te)
	fmt.Println(te.Offset) // Go 1.26: 10
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"X":1,"Y":}`), &p)
	errors.As(err, &se)
	fmt.Println(se.Offset, se) // Go: 12 invalid character '}' looking for beginning of value
}
