package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Region int

const (
	EU Region = iota + 1
	US
	APAC
)

var regionNames = map[Region]string{EU: "eu", US: "us", APAC: "apac"}

func (r Region) MarshalText() ([]byte, error) {
	if n, ok := regionNames[r]; ok {
		return []byte(n), nil
	}
	return nil, fmt.Errorf("bad region %d", int(r))
}

func (r *Region) UnmarshalText(b []byte) error {
	for k, v := range regionNames {
		if v == strings.ToLower(string(b)) {
			*r = k
			return nil
		}
	}
	return fmt.Errorf("unknown region %q", b)
}

func (r Region) String() string { return strings.ToUpper(regionNames[r]) }

type Report struct {
	Totals  map[Region]int64 `json:"totals"`
	Primary Region           `json:"primary"`
	Extra   map[string]any   `json:"extra,omitempty"`
	Ratio   json.Number      `json:"ratio"`
}

func main() {
	rep := Report{
		Totals:  map[Region]int64{US: 1200, EU: 900, APAC: 50},
		Primary: US,
		Ratio:   "0.75",
	}
	b, err := json.Marshal(rep)
	fmt.Println(string(b), err)
	var back Report
	in := `{"totals":{"EU":5,"apac":7},"primary":"Eu","extra":{"n":1.5,"list":[1,"a",null,true],"obj":{"k":"v"}},"ratio":12.50}`
	if err := json.Unmarshal([]byte(in), &back); err != nil {
		fmt.Println("err", err)
		return
	}
	fmt.Println(back.Totals, back.Primary, back.Ratio)
	for _, k := range []string{"list", "n", "obj"} {
		fmt.Printf("%s: %T %v\n", k, back.Extra[k], back.Extra[k])
	}
	f, _ := back.Ratio.Float64()
	_, ierr := back.Ratio.Int64()
	fmt.Println(f*2, ierr != nil)
	_, err = json.Marshal(Report{Totals: map[Region]int64{Region(9): 1}})
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"primary":"mars"}`), &back)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [3]`))
	dec.UseNumber()
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("stream err", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
}
