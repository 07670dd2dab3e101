// Exercises: encoding/json of a model checkpoint with tags, omitempty, unexported fields, nested slices, round trip
package main

import (
	"encoding/json"
	"fmt"
)

type LayerState struct {
	Name string      `json:"name"`
	W    [][]float64 `json:"weights"`
	B    []float64   `json:"bias,omitempty"`
	grad []float64
}

type Checkpoint struct {
	Epoch   int          `json:"epoch"`
	Loss    float64      `json:"loss"`
	Layers  []LayerState `json:"layers"`
	Comment string       `json:"comment,omitempty"`
	Config  map[string]float64
}

func main() {
	ck := Checkpoint{
		Epoch: 3, Loss: 0.125,
		Layers: []LayerState{{Name: "fc1", W: [][]float64{{0.5, -1}, {2, 0}}, B: []float64{0.1, 0}, grad: []float64{9}},
			{Name: "fc2", W: [][]float64{{1}}}},
		Config: map[string]float64{"lr": 0.01, "reg": 1e-4},
	}
	b, err := json.Marshal(ck)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
	var back Checkpoint
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", back)
	fmt.Println(back.Layers[0].grad == nil, back.Layers[1].B == nil, back.Config["lr"])
	ind, _ := json.MarshalIndent(back.Layers[1], "", " ")
	fmt.Println(string(ind))
	err = json.Unmarshal([]byte(`{"epoch":"x"}`), &back)
	fmt.Println(err)
}
