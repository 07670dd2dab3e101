// go run:      json: cannot unmarshal string into Go struct field Rect.width of type float64
//
//	json: cannot unmarshal string into Go struct field Rect.width of type float64
//
// gobackprop:  json: cannot unmarshal string into Go struct field Rect.width of type float64
//
//	json: cannot unmarshal string into Go struct field .width of type float64
//	(SILENT, message only: unmarshalling into a *Rect held in an interface
//	loses the type name in the UnmarshalTypeError; from json_x13b_polymorphic.go,
//	both styles)
package main

import (
	"encoding/json"
	"fmt"
)

type Rect struct {
	Width float64 `json:"width"`
}

func main() {
	var r Rect
	fmt.Println(json.Unmarshal([]byte(`{"width":"wide"}`), &r))
	var s any = &Rect{}
	fmt.Println(json.Unmarshal([]byte(`{"width":"wide"}`), s))
}
