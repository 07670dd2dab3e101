package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Layer struct {
	Name       string      `json:"name"`
	Weights    [][]float64 `json:"weights"`
	Bias       []float64   `json:"bias,omitempty"`
	Activation string      `json:"activation"`
}

type Network struct {
	Version int               `json:"version"`
	Layers  []Layer           `json:"layers"`
	Meta    map[string]string `json:"meta"`
}

func (n *Network) Forward(x []float64) []float64 {
	for _, l := range n.Layers {
		out := make([]float64, len(l.Weights))
		for i, row := range l.Weights {
			for j, w := range row {
				out[i] += w * x[j]
			}
			if l.Bias != nil {
				out[i] += l.Bias[i]
			}
			if l.Activation == "relu" && out[i] < 0 {
				out[i] = 0
			}
		}
		x = out
	}
	return x
}

func main() {
	net := Network{
		Version: 2,
		Layers: []Layer{
			{"hidden", [][]float64{{0.5, -0.25}, {1, 1}}, []float64{0.1, -0.5}, "relu"},
			{"out", [][]float64{{1.5, -2}}, nil, "linear"},
		},
		Meta: map[string]string{"trained": "yes", "dataset": "toy"},
	}
	b, err := json.MarshalIndent(net, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	var back Network
	if err := json.NewDecoder(strings.NewReader(string(b))).Decode(&back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back.Layers[1])
	for _, x := range [][]float64{{1, 2}, {0, 0}, {-1, 3}} {
		fmt.Printf("f(%v) = %.4f\n", x, back.Forward(x))
	}
	var bad Network
	err = json.Unmarshal([]byte(`{"version":"two"}`), &bad)
	fmt.Println("error:", err)
	var generic map[string]any
	_ = json.Unmarshal(b, &generic)
	fmt.Printf("%T %v\n", generic["version"], generic["meta"])
}
