package main

import (
	"encoding/json"
	"fmt"
)

type T struct {
	N    int `json:"n,string"`
	Arr  [2]int
	Tags map[int]string
}

func main() {
	var t T
	// Go: <nil> / ...trying to unmarshal unquoted value into int /
	// ...trying to unmarshal "x" into int / ...struct field T.Arr of type int /
	// cannot unmarshal number x into Go struct field T.Tags of type int
	fmt.Println(json.Unmarshal([]byte(`{"n":null}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"n":42}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"n":"x"}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"Arr":[1,"x"]}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"Tags":{"x":"bad"}}`), &t))
}
