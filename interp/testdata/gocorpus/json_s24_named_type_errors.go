package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Cents int64
type Tags []string
type Level int
type Scores map[string]float64

type Rec struct {
	Price Cents  `json:"price"`
	Tags  Tags   `json:"tags"`
	Lvl   Level  `json:"lvl"`
	S     Scores `json:"s"`
}

func main() {
	var c Cents
	fmt.Println(json.Unmarshal([]byte(`125`), &c), c)
	err := json.Unmarshal([]byte(`"x"`), &c)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute.Value)
	var t Tags
	fmt.Println(json.Unmarshal([]byte(`["a","b"]`), &t), t, len(t))
	fmt.Println(json.Unmarshal([]byte(`[1]`), &t))
	var s Scores
	fmt.Println(json.Unmarshal([]byte(`{"a":1.5}`), &s), s)
	var r Rec
	fmt.Println(json.Unmarshal([]byte(`{"price":5,"tags":["q"],"lvl":2,"s":{"z":1}}`), &r), r)
	fmt.Println(json.Unmarshal([]byte(`{"price":"5"}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"lvl":1.5}`), &r))
	var lv Level
	fmt.Println(json.Unmarshal([]byte(`3.7`), &lv), lv)
	var ls []Level
	fmt.Println(json.Unmarshal([]byte(`[1,2,"x"]`), &ls), ls)
}
