// json.Unmarshal of an unquoted number into an int field tagged `json:",string"`: the error text
// differs from Go's.
// Source: json_x15a_config.go (DBConfig.Port `json:"port,string"` fed {"port": 5432}).
//
// go run:      json: invalid use of ,string struct tag, trying to unmarshal unquoted value into int
// gobackprop:  json: invalid use of ,string struct tag, trying to unmarshal 5432 into int
//
//	(both styles; no error - SILENT)
package main

import (
	"encoding/json"
	"fmt"
)

type DB struct {
	Port int `json:"port,string"`
}

func main() {
	var d DB
	fmt.Println(json.Unmarshal([]byte(`{"port": 5432}`), &d))
}
