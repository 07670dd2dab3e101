package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Activation int

const (
	Linear Activation = iota
	ReLU
	Tanh
)

var actNames = []string{"linear", "relu", "tanh"}

func (a Activation) MarshalJSON() ([]byte, error) {
	return json.Marshal(actNames[a])
}

func (a *Activation) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range actNames {
		if strings.EqualFold(n, s) {
			*a = Activation(i)
			return nil
		}
	}
	return fmt.Errorf("unknown activation %q", s)
}

func (a Activation) String() string { return actNames[a] }

type LayerSpec struct {
	In, Out int
	Act     Activation `json:"act"`
	Dropout float64    `json:"dropout,omitempty"`
}

type Config struct {
	Name   string      `json:"name"`
	Layers []LayerSpec `json:"layers"`
	LR     float64     `json:"lr,string"`
}

func main() {
	cfg := Config{
		Name: "tiny",
		Layers: []LayerSpec{
			{In: 2, Out: 4, Act: ReLU, Dropout: 0.1},
			{In: 4, Out: 1, Act: Tanh},
		},
		LR: 0.05,
	}
	b, err := json.MarshalIndent(cfg, "", "\t")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	input := `{"name":"from-file","layers":[{"In":3,"Out":3,"act":"RELU"},{"In":3,"Out":2,"act":"linear"}],"lr":"0.001"}`
	var c2 Config
	if err := json.Unmarshal([]byte(input), &c2); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", c2)
	for _, l := range c2.Layers {
		fmt.Printf("%d->%d %v (%d)\n", l.In, l.Out, l.Act, l.Act)
	}
	bad := `{"layers":[{"act":"softplus"}]}`
	err = json.Unmarshal([]byte(bad), &c2)
	fmt.Println("error:", err)
	raw := json.RawMessage(`{"k": [1, 2]}`)
	wrapped, _ := json.Marshal(map[string]any{"raw": raw, "act": Tanh, "n": nil})
	fmt.Println(string(wrapped))
	dec := json.NewDecoder(strings.NewReader(`{"In":1} {"In":2,"Out":5} {"In":3}`))
	for dec.More() {
		var l LayerSpec
		if err := dec.Decode(&l); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(l.In, ":", l.Out, " ")
	}
	fmt.Println()
}
