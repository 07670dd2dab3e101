package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type LayerParams struct {
	Name    string      `json:"name"`
	Weights [][]float64 `json:"weights"`
	Bias    []float64   `json:"bias,omitempty"`
	Frozen  bool        `json:"frozen,omitempty"`
}

type Checkpoint struct {
	Epoch   int                `json:"epoch"`
	Loss    float64            `json:"loss"`
	Layers  []LayerParams      `json:"layers"`
	Hyper   map[string]float64 `json:"hyper"`
	Comment *string            `json:"comment"`
}

func main() {
	cp := Checkpoint{
		Epoch: 12,
		Loss:  0.0421,
		Layers: []LayerParams{
			{Name: "fc1", Weights: [][]float64{{0.5, -0.25}, {1, 0}}, Bias: []float64{0.1, 0}},
			{Name: "fc2", Weights: [][]float64{{2}, {-1.5}}, Frozen: true},
		},
		Hyper: map[string]float64{"lr": 0.01, "momentum": 0.9, "decay": 1e-4},
	}
	b, err := json.MarshalIndent(cp, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(b)
	fmt.Println()

	var back Checkpoint
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", back.Layers[1])
	fmt.Println(back.Hyper, back.Comment == nil)

	var generic map[string]any
	json.Unmarshal(b, &generic)
	layers := generic["layers"].([]any)
	for _, l := range layers {
		m := l.(map[string]any)
		fmt.Printf("%s: %T %v\n", m["name"], m["weights"], m["frozen"])
	}
	bad := []byte(`{"epoch": "twelve"}`)
	var c2 Checkpoint
	err = json.Unmarshal(bad, &c2)
	var ute *json.UnmarshalTypeError
	if ok := asUTE(err, &ute); ok {
		fmt.Println("type error on field", ute.Field, "value", ute.Value)
	}
}

func asUTE(err error, target **json.UnmarshalTypeError) bool {
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		*target = e
		return true
	}
	return false
}
