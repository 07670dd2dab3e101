package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Base struct {
	ID int `json:"id"`
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

type Reading struct {
	Base
	T      Temp   `json:"t"`
	Skip   string `json:"-"`
	Count  int    `json:"count,string"`
	Where  Upper  `json:"where"`
	Opt    *int   `json:"opt,omitempty"`
	Nested []Base `json:"nested"`
}

func main() {
	b, err := json.Marshal(Reading{Base: Base{7}, T: 21.25, Skip: "x", Count: 3, Nested: []Base{{1}}})
	fmt.Println(string(b), err)
	var r Reading
	err = json.Unmarshal([]byte(`{"id":9,"count":"12","where":"lab","nested":[{"id":2}]}`), &r)
	fmt.Printf("%+v %v\n", r, err)
	var wrong struct{ N int }
	fmt.Println(json.Unmarshal([]byte(`{"N":"x"}`), &wrong))
	fmt.Println(json.Unmarshal([]byte(`{"id":"x"}`), &r))
}
