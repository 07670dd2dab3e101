// SILENT: encoding/json's UnmarshalTypeError names the underlying type instead of the
// notebook's named type (both styles; with or without methods on the type, as a struct
// field or top-level value).
// go run:      json: cannot unmarshal string into Go value of type main.Cents
//
//	main.Cents
//
// gobackprop:  json: cannot unmarshal string into Go value of type int64
//
//	int64
//
// (as a struct field: "... Go struct field Member.balance of type int64" vs "... of type main.Cents")
// From: json_x20a_custom_marshal.go (both styles)
package main

import (
	"encoding/json"
	"fmt"
)

type Cents int64

func main() {
	var c Cents
	err := json.Unmarshal([]byte(`"x"`), &c)
	fmt.Println(err)
	fmt.Println(err.(*json.UnmarshalTypeError).Type)
}
