package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
)

type LayerState struct {
	Name    string      `json:"name"`
	Weights [][]float64 `json:"weights"`
	Bias    []float64   `json:"bias,omitempty"`
	Act     string      `json:"activation"`
}

type Checkpoint struct {
	Epoch   int               `json:"epoch"`
	Loss    float64           `json:"loss"`
	Layers  []LayerState      `json:"layers"`
	Meta    map[string]string `json:"meta"`
	private int
}

func round(x float64) float64 {
	return float64(int(x*1000)) / 1000
}

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	ck := Checkpoint{Epoch: 12, Loss: 0.0421, Meta: map[string]string{"opt": "sgd", "lr": "0.05"}, private: 9}
	for li, shape := range [][2]int{{2, 3}, {3, 1}} {
		ls := LayerState{Name: fmt.Sprintf("fc%d", li+1), Act: "tanh"}
		for i := 0; i < shape[1]; i++ {
			row := make([]float64, shape[0])
			for j := range row {
				row[j] = round(r.Float64()*2 - 1)
			}
			ls.Weights = append(ls.Weights, row)
		}
		if li == 0 {
			ls.Bias = []float64{0, 0.5, -0.5}
		}
		ck.Layers = append(ck.Layers, ls)
	}
	b, err := json.MarshalIndent(ck, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	var back Checkpoint
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Printf("epoch=%d layers=%d first=%v meta=%v\n", back.Epoch, len(back.Layers), back.Layers[0].Weights[0], back.Meta)

	var generic map[string]any
	_ = json.Unmarshal(b, &generic)
	fmt.Printf("%T %v\n", generic["epoch"], generic["epoch"])
	layers := generic["layers"].([]any)
	fmt.Println(layers[1].(map[string]any)["name"])

	bad := []byte(`{"epoch": "x"}`)
	err = json.Unmarshal(bad, &back)
	fmt.Println("error:", err)
}
