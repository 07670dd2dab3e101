package main

import (
	"encoding/json"
	"fmt"
)

type L int

func (l *L) UnmarshalJSON(b []byte) error {
	var s string
	return json.Unmarshal(b, &s)
}

type T struct{ P L }

func main() {
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"P":3}`), &t))
}
