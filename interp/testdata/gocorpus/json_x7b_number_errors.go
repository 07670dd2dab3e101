// Exercises: json.Decoder.UseNumber and json.Number Int64/Float64, *json.SyntaxError and *json.UnmarshalTypeError via errors.As, DisallowUnknownFields.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Point struct {
	X, Y int
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"big":12345678901234567890,"small":42,"frac":1.5}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	for _, k := range []string{"big", "small", "frac"} {
		n := m[k].(json.Number)
		i, ierr := n.Int64()
		f, _ := n.Float64()
		fmt.Printf("%s: %s int=%d err=%v float=%g\n", k, n.String(), i, ierr != nil, f)
	}

	var p Point
	err := json.Unmarshal([]byte(`{"X":1,"Y":}`), &p)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Println("syntax error at offset", se.Offset, ":", se)
	}
	err = json.Unmarshal([]byte(`{"X":"one"}`), &p)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		fmt.Println("type error:", te.Field, te.Value, te.Type)
	}
	strict := json.NewDecoder(strings.NewReader(`{"X":1,"Z":2}`))
	strict.DisallowUnknownFields()
	fmt.Println(strict.Decode(&p))
	wrapped := fmt.Errorf("loading point: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &te))
}
