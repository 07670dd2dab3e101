// Exercises: json.Unmarshal into structs with tags, nested structs, unknown fields ignored, type errors
package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	LR     float64 `json:"lr"`
	Epochs int     `json:"epochs"`
	Model  struct {
		Layers []int `json:"layers"`
	} `json:"model"`
}

func main() {
	data := `{"lr": 0.01, "epochs": 5, "model": {"layers": [4, 8, 1]}, "extra": true}`
	var c Config
	err := json.Unmarshal([]byte(data), &c)
	fmt.Println(err)
	fmt.Printf("%+v\n", c)
	err = json.Unmarshal([]byte(`{"epochs": "many"}`), &c)
	fmt.Println(err)
	var anyv map[string]any
	json.Unmarshal([]byte(data), &anyv)
	fmt.Println(anyv["lr"], anyv["model"])
}
