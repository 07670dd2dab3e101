// Variant of json_unmarshaltext_error.go with UnmarshalJSON instead of UnmarshalText.
// Go prints:      {Role:0 N:0} bad role
// session prints: {Role:0 N:5} bad role   (both styles, SILENT)
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Role int

func (r *Role) UnmarshalJSON(b []byte) error { return errors.New("bad role") }

type T struct {
	Role Role
	N    int
}

func main() {
	var t T
	err := json.Unmarshal([]byte(`{"Role":"x","N":5}`), &t)
	fmt.Printf("%+v %v\n", t, err)
}
