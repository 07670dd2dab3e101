package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Inner struct {
	When time.Time         `json:"when"`
	Tags map[string]bool   `json:"tags"`
	Nums []int             `json:"nums"`
	Deep map[string][]bool `json:"deep"`
}

type T struct {
	F  map[string]bool `json:"f"`
	In Inner           `json:"in"`
	N  int
}

func main() {
	for _, in := range []string{`{"f": {"a": "yes"}}`, `{"in":{"tags":{"x":1}}}`, `{"in":{"nums":[1,"a"]}}`, `{"in":{"deep":{"k":[true,3]}}}`, `{"in":{"when":5}}`, `{"N":"x"}`, `{"f":[1]}`} {
		var t T
		err := json.Unmarshal([]byte(in), &t)
		fmt.Println(err)
		var ute *json.UnmarshalTypeError
		if errorsAs(err, &ute) {
			fmt.Println(ute.Value, ute.Type, ute.Struct, ute.Field)
		}
	}
	var m map[string]bool
	fmt.Println(json.Unmarshal([]byte(`{"a": "yes"}`), &m))
}

func errorsAs(err error, target **json.UnmarshalTypeError) bool {
	u, ok := err.(*json.UnmarshalTypeError)
	if ok {
		*target = u
	}
	return ok
}
