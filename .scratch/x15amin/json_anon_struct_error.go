// json.Unmarshal type error into a field of an anonymous (unnamed) struct type that has a field
// of a program-defined type: Go's UnmarshalTypeError names the struct by reflect's Type.Name(),
// which is "" for an unnamed struct; the session prints the struct's type literal instead.
// (With only predeclared field types the anonymous struct behaves like Go.)
// Source: json_x15a_shapes.go (Drawing.UnmarshalJSON decodes into `var aux struct{...; Shapes []envelope}`).
//
// go run:      json: cannot unmarshal number into Go struct field .Title of type string
// gobackprop:  json: cannot unmarshal number into Go struct field struct { Title string; Inner main.inner }.Title of type string
//
//	(both styles; no error - SILENT)
package main

import (
	"encoding/json"
	"fmt"
)

type inner struct{ N int }

func main() {
	var aux struct {
		Title string
		Inner inner
	}
	fmt.Println(json.Unmarshal([]byte(`{"Title":5}`), &aux))
}
