package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
)

type Tensor struct {
	Shape []int     `json:"shape"`
	Data  []float64 `json:"data"`
}

type Checkpoint struct {
	Step    int               `json:"step"`
	Weights map[string]Tensor `json:"weights"`
	Loss    float64           `json:"loss"`
	Meta    json.RawMessage   `json:"meta,omitempty"`
}

type Activation string

func (a Activation) MarshalJSON() ([]byte, error) {
	return json.Marshal("act:" + string(a))
}

func (a *Activation) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if len(s) < 4 || s[:4] != "act:" {
		return fmt.Errorf("bad activation %q", s)
	}
	*a = Activation(s[4:])
	return nil
}

type LayerDesc struct {
	Name string     `json:"name"`
	Act  Activation `json:"act"`
	Skip bool       `json:"-"`
}

func main() {
	ck := Checkpoint{
		Step: 1200,
		Weights: map[string]Tensor{
			"fc2.w": {[]int{1, 2}, []float64{0.5, -0.25}},
			"fc1.w": {[]int{2, 2}, []float64{1, 2, 3, 4}},
			"fc1.b": {[]int{2}, []float64{0, 0.1}},
		},
		Loss: 0.0425,
		Meta: json.RawMessage(`{"git":"abc123","dirty":false}`),
	}
	b, err := json.Marshal(ck)
	fmt.Println(string(b), err)
	var back Checkpoint
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Println(back.Step, len(back.Weights), back.Weights["fc1.w"].Shape, string(back.Meta))
	var buf bytes.Buffer
	json.Indent(&buf, back.Meta, "", " ")
	fmt.Println(buf.String())
	layers := []LayerDesc{{"h1", "relu", true}, {"out", "sigmoid", false}}
	lb, _ := json.Marshal(layers)
	fmt.Println(string(lb))
	var lr []LayerDesc
	fmt.Println(json.Unmarshal(lb, &lr), lr)
	fmt.Println(json.Unmarshal([]byte(`[{"name":"x","act":"tanh"}]`), &lr))
	_, err = json.Marshal(map[string]float64{"bad": math.NaN()})
	fmt.Println(err)
	dec := json.NewDecoder(bytes.NewReader([]byte(`{"step":1,"loss":2,"extra":3}`)))
	dec.DisallowUnknownFields()
	var c2 Checkpoint
	fmt.Println(dec.Decode(&c2))
}
