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
	Epoch  int               `json:"epoch"`
	Loss   float64           `json:"loss"`
	Layers []LayerState      `json:"layers"`
	Meta   map[string]string `json:"meta"`
	lr     float64
}

func main() {
	ck := Checkpoint{
		Epoch: 12,
		Loss:  0.03125,
		Layers: []LayerState{
			{Name: "fc1", Weights: [][]float64{{0.5, -0.25}, {1, 0}}, Bias: []float64{0.1, 0}},
			{Name: "fc2", Weights: [][]float64{{2}, {-1.5}}},
		},
		Meta: map[string]string{"opt": "sgd", "act": "relu", "data": "xor"},
		lr:   0.1,
	}
	b, err := json.MarshalIndent(ck, "", "  ")
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println(string(b))
	var back Checkpoint
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%d layers, fc2 bias nil=%v, lr=%v\n", len(back.Layers), back.Layers[1].Bias == nil, back.lr)
	fmt.Println(back.Meta)
	var generic map[string]any
	_ = json.Unmarshal(b, &generic)
	layers := generic["layers"].([]any)
	first := layers[0].(map[string]any)
	fmt.Printf("%T %v\n", first["weights"], first["weights"])
	err = json.Unmarshal([]byte(`{"epoch":"x"}`), &back)
	fmt.Println(err)
}
