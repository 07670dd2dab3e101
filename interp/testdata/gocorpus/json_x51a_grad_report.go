package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type GradCheck struct {
	Param    string    `json:"param"`
	Shape    []int     `json:"shape"`
	Analytic []float64 `json:"analytic"`
	Numeric  []float64 `json:"numeric"`
	MaxRel   float64   `json:"max_rel_err"`
	Passed   bool      `json:"passed"`
	Note     string    `json:"note,omitempty"`
}

func relErr(a, b float64) float64 {
	d := math.Abs(a) + math.Abs(b)
	if d == 0 {
		return 0
	}
	return math.Abs(a-b) / d
}

func main() {
	x := []float64{0.5, -0.25, 1.0, 2.0}
	f := func(x []float64) float64 { return x[0]*x[1] + x[2]*x[2]*x[3] }
	an := []float64{x[1], x[0], 2 * x[2] * x[3], x[2] * x[2]}
	num := make([]float64, len(x))
	for i := range x {
		o := x[i]
		x[i] = o + 1e-5
		a := f(x)
		x[i] = o - 1e-5
		b := f(x)
		x[i] = o
		num[i] = math.Round((a-b)/2e-5*1e6) / 1e6
	}
	rep := GradCheck{Param: "x", Shape: []int{2, 2}, Analytic: an, Numeric: num}
	for i := range an {
		rep.MaxRel = math.Max(rep.MaxRel, relErr(an[i], num[i]))
	}
	rep.Passed = rep.MaxRel < 1e-6
	rep.MaxRel = 0
	out, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	var back GradCheck
	if err := json.Unmarshal(out, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back)
	var generic map[string]any
	json.Unmarshal(out, &generic)
	fmt.Println(generic)
	fmt.Printf("%T %T\n", generic["shape"], generic["passed"])
}
