// Go prints:      {Role:0 N:0} bad role
// session prints: {Role:0 N:5} bad role   (both styles, SILENT)
// An UnmarshalText error stops json.Unmarshal in Go; the session keeps
// decoding the fields that follow.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Role int

func (r *Role) UnmarshalText(b []byte) error { return errors.New("bad role") }

type T struct {
	Role Role
	N    int
}

func main() {
	var t T
	err := json.Unmarshal([]byte(`{"Role":"x","N":5}`), &t)
	fmt.Printf("%+v %v\n", t, err)
}
