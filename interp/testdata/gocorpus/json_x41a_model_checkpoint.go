package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type LayerState struct {
	Name    string      `json:"name"`
	Weights [][]float64 `json:"weights"`
	Bias    []float64   `json:"bias,omitempty"`
}

type Checkpoint struct {
	Epoch   int               `json:"epoch"`
	Loss    float64           `json:"loss"`
	Layers  []LayerState      `json:"layers"`
	Hparams map[string]any    `json:"hparams"`
	Notes   *string           `json:"notes"`
	Metrics map[string]string `json:"-"`
}

func main() {
	ck := Checkpoint{
		Epoch: 3,
		Loss:  0.4213,
		Layers: []LayerState{
			{Name: "fc1", Weights: [][]float64{{0.1, -0.2}, {0.3, 0.4}}, Bias: []float64{0, 0.01}},
			{Name: "fc2", Weights: [][]float64{{1.5}, {-0.5}}},
		},
		Hparams: map[string]any{"lr": 0.01, "reg": 1e-3, "hidden": 2, "act": "relu"},
		Metrics: map[string]string{"skip": "me"},
	}
	b, err := json.Marshal(ck)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	var back Checkpoint
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back.Layers[1])
	fmt.Printf("%T %v\n", back.Hparams["hidden"], back.Hparams["hidden"])
	fmt.Println(back.Notes == nil, back.Metrics == nil)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(back.Layers[0]); err != nil {
		panic(err)
	}
	var generic map[string]any
	_ = json.Unmarshal([]byte(`{"epoch": 7, "layers": [{"name": "x"}], "extra": [1, "two", null]}`), &generic)
	fmt.Println(generic)
	err = json.Unmarshal([]byte(`{"epoch": "seven"}`), &back)
	fmt.Println("error:", err)
	var ute *json.UnmarshalTypeError
	fmt.Printf("%T\n", err)
	_ = ute
}
