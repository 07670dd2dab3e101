package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Method string

const (
	MEuler Method = "euler"
	MRK2   Method = "rk2"
)

func (m *Method) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch Method(strings.ToLower(s)) {
	case MEuler, MRK2:
		*m = Method(strings.ToLower(s))
		return nil
	}
	return fmt.Errorf("unknown method %q", s)
}

type Config struct {
	Method Method  `json:"method"`
	Dt     float64 `json:"dt"`
	Steps  int     `json:"steps"`
	Y0     float64 `json:"y0"`
	Params *struct {
		K float64 `json:"k"`
	} `json:"params,omitempty"`
}

type Result struct {
	Method Method  `json:"method"`
	T      float64 `json:"t"`
	Y      float64 `json:"y"`
	Exact  float64 `json:"exact"`
	RelErr string  `json:"rel_err"`
}

func run(c Config) Result {
	k := 1.0
	if c.Params != nil {
		k = c.Params.K
	}
	f := func(y float64) float64 { return -k * y }
	y := c.Y0
	for i := 0; i < c.Steps; i++ {
		switch c.Method {
		case MEuler:
			y += c.Dt * f(y)
		case MRK2:
			k1 := f(y)
			k2 := f(y + c.Dt*k1)
			y += c.Dt / 2 * (k1 + k2)
		}
	}
	t := c.Dt * float64(c.Steps)
	ex := c.Y0 * math.Exp(-k*t)
	return Result{c.Method, t, math.Round(y*1e8) / 1e8, math.Round(ex*1e8) / 1e8, fmt.Sprintf("%.2e", math.Abs(y-ex)/ex)}
}

func main() {
	inputs := []string{
		`{"method":"Euler","dt":0.1,"steps":10,"y0":1}`,
		`{"method":"rk2","dt":0.1,"steps":10,"y0":1,"params":{"k":2}}`,
		`{"method":"rk4","dt":0.1,"steps":10,"y0":1}`,
		`{"method":"euler","dt":"fast"}`,
	}
	var results []Result
	for _, in := range inputs {
		var c Config
		err := json.Unmarshal([]byte(in), &c)
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te):
			fmt.Printf("type error: field %s wants %s\n", te.Field, te.Type)
		case err != nil:
			fmt.Println("error:", err)
		default:
			results = append(results, run(c))
		}
	}
	b, err := json.MarshalIndent(results, "", " ")
	fmt.Println(string(b), err)
}
