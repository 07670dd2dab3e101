// Exercises: encoding/json of a model config with tags, omitempty, embedded struct, nested slices, unmarshal errors
package main

import (
	"encoding/json"
	"fmt"
)

type Optim struct {
	Name string  `json:"name"`
	LR   float64 `json:"lr"`
}

type Layer struct {
	Units      int    `json:"units"`
	Activation string `json:"activation,omitempty"`
}

type Config struct {
	Optim
	Layers  []Layer           `json:"layers"`
	Epochs  int               `json:"epochs"`
	Seed    *int64            `json:"seed,omitempty"`
	Extra   map[string]string `json:"extra,omitempty"`
	comment string
}

func main() {
	cfg := Config{
		Optim:   Optim{"adam", 0.001},
		Layers:  []Layer{{128, "relu"}, {10, ""}},
		Epochs:  5,
		comment: "not exported",
	}
	b, err := json.Marshal(cfg)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(cfg.Layers[0], "", "  ")
	fmt.Println(string(b))
	var back Config
	in := `{"name":"sgd","lr":0.1,"layers":[{"units":4}],"epochs":3,"seed":7,"extra":{"b":"2","a":"1"}}`
	if err := json.Unmarshal([]byte(in), &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v seed=%d\n", back.Optim, *back.Seed)
	fmt.Println(back.Layers, back.Epochs, back.Extra, back.Name)
	err = json.Unmarshal([]byte(`{"epochs":"five"}`), &back)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(fmt.Sprint(err) != "", ute == nil)
}
