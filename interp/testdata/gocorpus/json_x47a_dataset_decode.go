package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Label int

const (
	Neg Label = iota - 1
	_
	Pos
)

func (l *Label) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var n int
		if err2 := json.Unmarshal(b, &n); err2 != nil {
			return fmt.Errorf("label: %w", err)
		}
		*l = Label(n)
		return nil
	}
	switch strings.ToLower(s) {
	case "pos", "+":
		*l = Pos
	case "neg", "-":
		*l = Neg
	default:
		return fmt.Errorf("label: unknown %q", s)
	}
	return nil
}

func (l Label) MarshalJSON() ([]byte, error) {
	if l == Pos {
		return []byte(`"pos"`), nil
	}
	return []byte(`"neg"`), nil
}

type Example struct {
	X     []float64       `json:"x"`
	Y     Label           `json:"y"`
	Note  string          `json:"note,omitempty"`
	Extra json.RawMessage `json:"extra,omitempty"`
}

type Dataset struct {
	Name     string    `json:"name"`
	Examples []Example `json:"examples"`
	Weight   float64   `json:"weight,string"`
}

const src = `{
  "name": "xor-ish",
  "weight": "0.75",
  "examples": [
    {"x": [0, 0], "y": "neg"},
    {"x": [0, 1], "y": "+", "note": "flip"},
    {"x": [1, 0], "y": 1, "extra": {"src": "manual", "ok": true}},
    {"x": [1, 1], "y": "NEG"}
  ]
}`

func main() {
	var ds Dataset
	if err := json.Unmarshal([]byte(src), &ds); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s weight=%v n=%d\n", ds.Name, ds.Weight, len(ds.Examples))
	for i, ex := range ds.Examples {
		fmt.Printf("%d: x=%v y=%d note=%q extra=%s\n", i, ex.X, ex.Y, ex.Note, ex.Extra)
	}
	out, _ := json.Marshal(ds.Examples[1])
	fmt.Println(string(out))
	var bad Dataset
	err := json.Unmarshal([]byte(`{"examples":[{"x":[1],"y":"maybe"}]}`), &bad)
	fmt.Println("bad:", err)
	dec := json.NewDecoder(strings.NewReader(`{"x":[1,2],"y":"pos"} {"x":[3],"y":"neg","zzz":1}`))
	dec.DisallowUnknownFields()
	for {
		var ex Example
		if err := dec.Decode(&ex); err != nil {
			fmt.Println("decode stop:", err)
			break
		}
		fmt.Printf("%+v\n", ex)
	}
}
