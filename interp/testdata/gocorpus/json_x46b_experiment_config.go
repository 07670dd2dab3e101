package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Integrator string

type Experiment struct {
	Name       string             `json:"name"`
	Method     Integrator         `json:"method"`
	DT         float64            `json:"dt"`
	Steps      int                `json:"steps"`
	Initial    map[string]float64 `json:"initial"`
	Tags       []string           `json:"tags,omitempty"`
	Result     *float64           `json:"result,omitempty"`
	unexported int
}

const input = `[
  {"name": "decay-fast", "method": "euler", "dt": 0.1, "steps": 10, "initial": {"y": 1, "k": 2}},
  {"name": "decay-fine", "method": "rk2", "dt": 0.01, "steps": 100, "initial": {"k": 2, "y": 1}, "tags": ["fine", "ref"]},
  {"name": "broken", "method": "leapfrog", "dt": 0.1, "steps": 5, "initial": {"y": 1}}
]`

func run(e *Experiment) error {
	k, ok := e.Initial["k"]
	if !ok {
		return fmt.Errorf("%s: missing parameter %q", e.Name, "k")
	}
	y := e.Initial["y"]
	f := func(y float64) float64 { return -k * y }
	for i := 0; i < e.Steps; i++ {
		switch e.Method {
		case "euler":
			y += e.DT * f(y)
		case "rk2":
			y += e.DT * f(y+e.DT/2*f(y))
		default:
			return fmt.Errorf("%s: unknown method %q", e.Name, e.Method)
		}
	}
	e.Result = &y
	return nil
}

func main() {
	var exps []Experiment
	if err := json.Unmarshal([]byte(input), &exps); err != nil {
		panic(err)
	}
	for i := range exps {
		if err := run(&exps[i]); err != nil {
			fmt.Println("error:", err)
		}
	}
	sort.SliceStable(exps, func(i, j int) bool { return exps[i].DT < exps[j].DT })
	for _, e := range exps {
		keys := make([]string, 0, len(e.Initial))
		for k := range e.Initial {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		res := "n/a"
		if e.Result != nil {
			res = fmt.Sprintf("%.6f (exact %.6f)", *e.Result, math.Exp(-2*e.DT*float64(e.Steps)))
		}
		fmt.Printf("%-11s %-8s params=%s -> %s\n", e.Name, e.Method, strings.Join(keys, ","), res)
	}
	out, err := json.MarshalIndent(exps[0], "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	var generic []map[string]any
	_ = json.Unmarshal([]byte(input), &generic)
	fmt.Printf("%v %T\n", generic[1]["tags"], generic[0]["steps"])
}
