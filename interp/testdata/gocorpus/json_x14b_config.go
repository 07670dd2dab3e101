package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Duration struct{ Seconds int }

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%ds", d.Seconds))
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	_, err := fmt.Sscanf(s, "%ds", &d.Seconds)
	return err
}

type Layer struct {
	Units      int     `json:"units"`
	Activation string  `json:"activation,omitempty"`
	Dropout    float64 `json:"dropout,omitempty"`
}

type Config struct {
	Name    string            `json:"name"`
	Layers  []Layer           `json:"layers"`
	LR      float64           `json:"learning_rate"`
	Timeout Duration          `json:"timeout"`
	Tags    map[string]string `json:"tags,omitempty"`
	secret  string
	Extra   json.RawMessage `json:"extra"`
}

const src = `{
  "name": "mlp",
  "layers": [{"units": 64, "activation": "relu"}, {"units": 10, "dropout": 0.25}],
  "learning_rate": 0.001,
  "timeout": "90s",
  "tags": {"z": "last", "a": "first"},
  "extra": {"nested": [1, 2, 3]},
  "unknown": true
}`

func main() {
	var c Config
	if err := json.Unmarshal([]byte(src), &c); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", c.Layers)
	fmt.Println(c.Name, c.LR, c.Timeout.Seconds, c.Tags, string(c.Extra))
	c.secret = "hidden"
	out, _ := json.Marshal(c)
	fmt.Println(string(out))
	pretty, _ := json.MarshalIndent(c.Layers[1], "", "  ")
	fmt.Println(string(pretty))

	var anyv map[string]any
	json.Unmarshal([]byte(src), &anyv)
	fmt.Printf("%T %v %T\n", anyv["learning_rate"], anyv["unknown"], anyv["layers"])

	dec := json.NewDecoder(strings.NewReader(`{"units": "x"}`))
	var l Layer
	err := dec.Decode(&l)
	fmt.Println(err)
	dec2 := json.NewDecoder(strings.NewReader(`{"units": 1, "bogus": 2}`))
	dec2.DisallowUnknownFields()
	fmt.Println(dec2.Decode(&l))
	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"a":}`), &anyv)
	if e, ok := err.(*json.SyntaxError); ok {
		syn = e
	}
	fmt.Println(err, syn.Offset)
}
