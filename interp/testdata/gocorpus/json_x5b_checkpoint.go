// Exercises: a training checkpoint through encoding/json: struct tags, omitempty, embedded struct, map of slices (sorted keys), round trip and compare
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Meta struct {
	Epoch int     `json:"epoch"`
	LR    float64 `json:"lr"`
}

type Checkpoint struct {
	Meta
	Params  map[string][]float64 `json:"params"`
	Best    *float64             `json:"best,omitempty"`
	Notes   string               `json:"notes,omitempty"`
	private int
}

func main() {
	ck := Checkpoint{
		Meta:    Meta{Epoch: 12, LR: 5e-4},
		Params:  map[string][]float64{"W1": {0.1, -0.2}, "b1": {0}, "W2": {1.5}},
		private: 7,
	}
	b, err := json.Marshal(ck)
	fmt.Println(string(b), err)
	best := 0.918
	ck.Best = &best
	ind, _ := json.MarshalIndent(ck.Meta, "", "  ")
	fmt.Println(string(ind))
	b, _ = json.Marshal(ck)
	var back Checkpoint
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(back.Epoch, back.LR, *back.Best, back.private, len(back.Params))
	ck.private = 0
	fmt.Println("round trip equal:", reflect.DeepEqual(ck, back))
	var loose map[string]any
	json.Unmarshal(b, &loose)
	fmt.Printf("%v %T\n", loose["epoch"], loose["params"])
	err = json.Unmarshal([]byte(`{"epoch":"x"}`), &back)
	fmt.Println(err)
}
