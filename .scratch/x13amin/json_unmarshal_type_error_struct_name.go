// SILENT WRONG ANSWER (both styles)
// go run:     json: cannot unmarshal string into Go struct field Deposit.amount of type int
// gobackprop: json: cannot unmarshal string into Go struct field .amount of type int
// The struct's name is missing from encoding/json's UnmarshalTypeError message when the target
// *Deposit reaches json.Unmarshal held in an interface variable (any, or an interface with
// methods as in json_x13a_polymorphic_events.go). Passing &d directly prints the right message.
package main

import (
	"encoding/json"
	"fmt"
)

type Deposit struct {
	Amount int `json:"amount"`
}

func main() {
	var ev any = &Deposit{}
	fmt.Println(json.Unmarshal([]byte(`{"amount":"lots"}`), ev))
}
