package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type LayerSpec struct {
	Units      int     `json:"units"`
	Activation string  `json:"activation"`
	Dropout    float64 `json:"dropout,omitempty"`
}

type Optimizer struct {
	Name  string             `json:"name"`
	LR    float64            `json:"learning_rate"`
	Extra map[string]float64 `json:"extra,omitempty"`
}

type Config struct {
	Name      string      `json:"name"`
	Epochs    int         `json:"epochs"`
	BatchSize int         `json:"batch_size"`
	Layers    []LayerSpec `json:"layers"`
	Optimizer Optimizer   `json:"optimizer"`
	Tags      []string    `json:"tags,omitempty"`
	Seed      *int64      `json:"seed"`
	internal  string
}

const raw = `{
  "name": "mnist-mlp",
  "epochs": 12,
  "batch_size": 64,
  "layers": [
    {"units": 128, "activation": "relu", "dropout": 0.2},
    {"units": 64, "activation": "relu"},
    {"units": 10, "activation": "softmax"}
  ],
  "optimizer": {"name": "adam", "learning_rate": 0.001, "extra": {"beta1": 0.9, "beta2": 0.999}},
  "seed": 42
}`

func (c Config) Params(inputs int) int {
	total := 0
	prev := inputs
	for _, l := range c.Layers {
		total += prev*l.Units + l.Units
		prev = l.Units
	}
	return total
}

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("%+v\n", cfg.Layers)
	fmt.Printf("optimizer: %#v\n", cfg.Optimizer.Name)
	fmt.Println("seed:", *cfg.Seed, "params:", cfg.Params(784))
	fmt.Println("extra:", cfg.Optimizer.Extra)

	cfg.Tags = []string{"baseline", "v2"}
	cfg.Epochs = 20
	cfg.internal = "hidden"
	cfg.Seed = nil
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Println(string(out))

	compact, _ := json.Marshal(cfg.Layers[1])
	fmt.Println(string(compact))

	var bad Config
	err = json.Unmarshal([]byte(`{"epochs": "ten"}`), &bad)
	fmt.Println("bad:", err)

	var generic map[string]any
	_ = json.NewDecoder(strings.NewReader(raw)).Decode(&generic)
	fmt.Printf("%T %v\n", generic["epochs"], generic["epochs"])
	layers := generic["layers"].([]any)
	fmt.Printf("%d layers, first=%v\n", len(layers), layers[0])
}
