package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

type Layer struct {
	Name string    `json:"name"`
	W    Matrix    `json:"weights"`
	B    []float64 `json:"bias"`
}

type Checkpoint struct {
	Epoch  int               `json:"epoch"`
	Loss   float64           `json:"loss"`
	Layers []Layer           `json:"layers"`
	Meta   map[string]string `json:"meta"`
}

func (m Matrix) MarshalJSON() ([]byte, error) {
	rows := make([]string, len(m))
	for i, r := range m {
		b, _ := json.Marshal(r)
		rows[i] = string(b)
	}
	return []byte(`{"rows":` + fmt.Sprint(len(m)) + `,"data":[` + strings.Join(rows, ",") + `]}`), nil
}

func (m *Matrix) UnmarshalJSON(b []byte) error {
	var tmp struct {
		Rows int         `json:"rows"`
		Data [][]float64 `json:"data"`
	}
	if err := json.Unmarshal(b, &tmp); err != nil {
		return err
	}
	if tmp.Rows != len(tmp.Data) {
		return fmt.Errorf("rows=%d but %d data rows", tmp.Rows, len(tmp.Data))
	}
	*m = tmp.Data
	return nil
}

func main() {
	ck := Checkpoint{
		Epoch: 3,
		Loss:  math.Round(0.693147*1e4) / 1e4,
		Layers: []Layer{
			{"fc1", Matrix{{0.1, 0.2}, {-0.3, 0.4}}, []float64{0, 0.5}},
			{"fc2", Matrix{{1}, {-1}}, []float64{0.25}},
		},
		Meta: map[string]string{"opt": "sgd", "lr": "0.1", "act": "relu"},
	}
	data, err := json.Marshal(ck)
	fmt.Println(string(data), err)
	var back Checkpoint
	err = json.Unmarshal(data, &back)
	fmt.Println(err, back.Layers[0].W, back.Layers[1].B, back.Meta["lr"])
	bad := `{"epoch":1,"layers":[{"name":"x","weights":{"rows":3,"data":[[1]]}}]}`
	err = json.Unmarshal([]byte(bad), &back)
	fmt.Println("bad:", err)
	err = json.Unmarshal([]byte(`{"epoch":"two"}`), &back)
	fmt.Println("type:", err)
}
