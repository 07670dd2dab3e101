package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Result struct {
	Algorithm   string `json:"algorithm"`
	N           int    `json:"n"`
	Comparisons int    `json:"comparisons"`
	Swaps       int    `json:"swaps,omitempty"`
	Stable      bool   `json:"stable"`
	Output      []int  `json:"output,omitempty"`
	note        string
}

func bubble(a []int) Result {
	a = append([]int(nil), a...)
	r := Result{Algorithm: "bubble", N: len(a), Stable: true}
	for i := 0; i < len(a); i++ {
		for j := len(a) - 1; j > i; j-- {
			r.Comparisons++
			if a[j] < a[j-1] {
				a[j], a[j-1] = a[j-1], a[j]
				r.Swaps++
			}
		}
	}
	r.Output = a
	return r
}

func selection(a []int) Result {
	a = append([]int(nil), a...)
	r := Result{Algorithm: "selection", N: len(a), note: "not stable"}
	for i := 0; i < len(a)-1; i++ {
		m := i
		for j := i + 1; j < len(a); j++ {
			r.Comparisons++
			if a[j] < a[m] {
				m = j
			}
		}
		if m != i {
			a[i], a[m] = a[m], a[i]
			r.Swaps++
		}
	}
	r.Output = a
	return r
}

type Report struct {
	Input   []int             `json:"input"`
	Results []Result          `json:"results"`
	Meta    map[string]string `json:"meta"`
}

func main() {
	in := []int{31, 41, 59, 26, 41, 58}
	rep := Report{Input: in, Results: []Result{bubble(in), selection(in)},
		Meta: map[string]string{"chapter": "2", "book": "CLRS"}}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		panic(err)
	}
	b, _ := json.Marshal(rep.Results[1])
	fmt.Println(string(b))

	var back Report
	raw := `{"input":[3,1,2],"results":[{"algorithm":"x","n":3,"comparisons":3,"stable":true}],"meta":{"k":"v"}}`
	if err := json.Unmarshal([]byte(raw), &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back)
	var generic map[string]any
	json.Unmarshal([]byte(raw), &generic)
	fmt.Printf("%v %T\n", generic["input"], generic["input"].([]any)[0])
	err := json.Unmarshal([]byte(`{"n":"six"}`), &Result{})
	fmt.Println("error:", err)
}
