// From json_x26a_inventory.go (both styles; there errors.As failed and ute.Field then crashed
// with "invalid memory address or nil pointer dereference").
// go run:      *json.UnmarshalTypeError true
//
//	*json.UnmarshalTypeError true
//	*json.UnmarshalTypeError true
//
// gobackprop:  *mirror.jsonError false        <- silent: wrong dynamic type, errors.As fails
//
//	*json.UnmarshalTypeError true
//	*mirror.jsonError false
//
// When the JSON value mismatches a position whose Go type is (or holds) a user struct (a struct
// field of type Item, []Item, []*Item, or the top-level []Item), the type error comes back as an
// internal *mirror.jsonError (same message text) instead of *json.UnmarshalTypeError. A
// mismatch on a basic-typed field inside the user struct gives the right type.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Item struct{ Price int }

type Inv struct {
	It Item `json:"item"`
}

func main() {
	var inv Inv
	err := json.Unmarshal([]byte(`{"item": 3}`), &inv)
	var ute *json.UnmarshalTypeError
	fmt.Printf("%T %v\n", err, errors.As(err, &ute))
	var it Item
	err = json.Unmarshal([]byte(`{"Price": "x"}`), &it)
	fmt.Printf("%T %v\n", err, errors.As(err, &ute))
	var xs []Item
	err = json.Unmarshal([]byte(`3`), &xs)
	fmt.Printf("%T %v\n", err, errors.As(err, &ute))
}
