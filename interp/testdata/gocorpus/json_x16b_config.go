package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Duration int

func (d *Duration) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	var n int
	var unit string
	if _, err := fmt.Sscanf(s, "%d%s", &n, &unit); err != nil {
		return fmt.Errorf("duration %q: %w", s, err)
	}
	switch unit {
	case "ep":
		*d = Duration(n)
	case "k":
		*d = Duration(n * 1000)
	default:
		return fmt.Errorf("duration %q: unknown unit %q", s, unit)
	}
	return nil
}

type Activation string

func (a Activation) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToUpper(string(a)))
}

type Config struct {
	Hidden     []int           `json:"hidden"`
	Activation Activation      `json:"activation"`
	Epochs     Duration        `json:"epochs"`
	Dropout    float64         `json:"dropout,omitempty"`
	Seed       int64           `json:"seed"`
	Extra      json.RawMessage `json:"extra,omitempty"`
}

func (c Config) Validate() error {
	var errs []error
	if len(c.Hidden) == 0 {
		errs = append(errs, errors.New("no hidden layers"))
	}
	if c.Dropout < 0 || c.Dropout >= 1 {
		errs = append(errs, fmt.Errorf("dropout %v out of range", c.Dropout))
	}
	return errors.Join(errs...)
}

func main() {
	inputs := []string{
		`{"hidden":[64,32],"activation":"relu","epochs":"20ep","seed":1,"extra":{"note":"base"}}`,
		`{"hidden":[],"activation":"tanh","epochs":"3k","dropout":1.5,"seed":2}`,
		`{"hidden":[8],"activation":"gelu","epochs":"5min","seed":3}`,
		`{"hidden":[8],"activation":"gelu","epochs":"7ep","seed":3,"unknown":true}`,
	}
	for i, in := range inputs {
		var c Config
		dec := json.NewDecoder(strings.NewReader(in))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			fmt.Println(i, "decode error:", err)
			continue
		}
		if err := c.Validate(); err != nil {
			fmt.Printf("%d invalid: %q\n", i, err.Error())
			continue
		}
		out, _ := json.Marshal(c)
		fmt.Println(i, string(out), c.Epochs)
		var extra map[string]string
		if len(c.Extra) > 0 {
			json.Unmarshal(c.Extra, &extra)
			fmt.Println("extra:", extra)
		}
	}
}
