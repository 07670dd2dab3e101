package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Layer struct {
	Units      int    `json:"units"`
	Activation string `json:"activation,omitempty"`
	Dropout    float64
}

type Config struct {
	Name         string             `json:"name"`
	LearningRate float64            `json:"learning_rate"`
	BatchSize    int                `json:"batch_size"`
	Layers       []Layer            `json:"layers"`
	Optimizer    map[string]float64 `json:"optimizer"`
	Seed         *int64             `json:"seed,omitempty"`
	notes        string
}

const raw = `{
  "name": "two_layer_net",
  "learning_rate": 0.001,
  "batch_size": 200,
  "layers": [
    {"units": 100, "activation": "relu", "Dropout": 0.5},
    {"units": 10}
  ],
  "optimizer": {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
  "extra": true
}`

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", cfg.Layers)
	fmt.Printf("lr=%g batch=%d seed=%v\n", cfg.LearningRate, cfg.BatchSize, cfg.Seed)
	fmt.Println(cfg.Optimizer)
	seed := int64(231)
	cfg.Seed = &seed
	cfg.notes = "hidden"
	cfg.LearningRate *= 10
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))

	var generic map[string]any
	_ = json.Unmarshal([]byte(raw), &generic)
	for _, k := range []string{"batch_size", "layers", "extra"} {
		fmt.Printf("%s: %T\n", k, generic[k])
	}

	bad := `{"name": "x", "batch_size": "large"}`
	var c2 Config
	err = json.Unmarshal([]byte(bad), &c2)
	var te *json.UnmarshalTypeError
	fmt.Println(err)
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		te = e
		fmt.Println("field:", te.Field, "value:", te.Value)
	}
	dec := json.NewDecoder(strings.NewReader(`{"units": 5, "bogus": 1}`))
	dec.DisallowUnknownFields()
	var l Layer
	fmt.Println(dec.Decode(&l), l)
}
