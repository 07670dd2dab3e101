package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type LayerSpec struct {
	Type       string  `json:"type"`
	Units      int     `json:"units,omitempty"`
	Activation string  `json:"activation,omitempty"`
	Dropout    float64 `json:"dropout,omitempty"`
}

type Config struct {
	Name      string             `json:"name"`
	LR        float64            `json:"learning_rate"`
	Epochs    int                `json:"epochs"`
	Layers    []LayerSpec        `json:"layers"`
	Optimizer map[string]float64 `json:"optimizer"`
	Tags      []string           `json:"tags,omitempty"`
}

const src = `{
  "name": "mnist-mlp",
  "learning_rate": 0.001,
  "epochs": 10,
  "layers": [
    {"type": "dense", "units": 128, "activation": "relu"},
    {"type": "dropout", "dropout": 0.2},
    {"type": "dense", "units": 10, "activation": "softmax"}
  ],
  "optimizer": {"beta2": 0.999, "beta1": 0.9, "eps": 1e-8}
}`

func params(c Config, inputs int) int {
	total := 0
	prev := inputs
	for _, l := range c.Layers {
		if l.Type == "dense" {
			total += prev*l.Units + l.Units
			prev = l.Units
		}
	}
	return total
}

func main() {
	var c Config
	if err := json.Unmarshal([]byte(src), &c); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", c.Layers)
	fmt.Println(c.Optimizer)
	fmt.Println("params:", params(c, 784))
	c.Tags = []string{"baseline", "v1"}
	c.Epochs *= 2
	out, _ := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(out))
	var bad Config
	err := json.Unmarshal([]byte(`{"epochs": "ten"}`), &bad)
	fmt.Println("bad:", err)
	var generic map[string]any
	json.Unmarshal([]byte(src), &generic)
	fmt.Printf("%T %v\n", generic["epochs"], generic["epochs"])
	layers := generic["layers"].([]any)
	fmt.Println(len(layers), layers[0].(map[string]any)["units"])
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(c.Layers[1])
}
