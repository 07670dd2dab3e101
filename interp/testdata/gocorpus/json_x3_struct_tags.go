// Exercises: encoding/json Marshal with struct tags, omitempty, "-", unexported fields, MarshalIndent
package main

import (
	"encoding/json"
	"fmt"
)

type Layer struct {
	Name       string    `json:"name"`
	Units      int       `json:"units"`
	Activation string    `json:"activation,omitempty"`
	Weights    []float64 `json:"weights,omitempty"`
	Secret     string    `json:"-"`
	internal   int
}

func main() {
	l := Layer{Name: "out", Units: 2, Weights: []float64{0.5, -1}, Secret: "x", internal: 3}
	b, err := json.Marshal(l)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(Layer{Name: "in", Units: 4}, "", "  ")
	fmt.Println(string(b))
}
