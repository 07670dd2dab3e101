package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

// MarshalJSON writes the matrix as nested arrays.
func (m Matrix) MarshalJSON() ([]byte, error) {
	nested := make([][]float64, m.Rows)
	for i := range nested {
		nested[i] = m.Data[i*m.Cols : (i+1)*m.Cols]
	}
	return json.Marshal(nested)
}

func (m *Matrix) UnmarshalJSON(b []byte) error {
	var nested [][]float64
	if err := json.Unmarshal(b, &nested); err != nil {
		return fmt.Errorf("matrix: %w", err)
	}
	m.Rows, m.Cols, m.Data = len(nested), 0, nil
	for i, r := range nested {
		if i == 0 {
			m.Cols = len(r)
		} else if len(r) != m.Cols {
			return fmt.Errorf("matrix: row %d has %d columns, want %d", i, len(r), m.Cols)
		}
		m.Data = append(m.Data, r...)
	}
	return nil
}

type Checkpoint struct {
	Epoch   int               `json:"epoch"`
	Params  map[string]Matrix `json:"params"`
	Optim   json.RawMessage   `json:"optim"`
	ValAcc  float64           `json:"val_acc,string"`
	Comment string            `json:"-"`
}

func main() {
	ck := Checkpoint{
		Epoch: 7,
		Params: map[string]Matrix{
			"W1": {2, 3, []float64{0.1, -0.2, 0.3, 0.4, 0.5, -0.6}},
			"b1": {1, 3, []float64{0, 0.01, -0.01}},
		},
		Optim:   json.RawMessage(`{"type":"adam","t":700}`),
		ValAcc:  0.515,
		Comment: "not saved",
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	if err := enc.Encode(ck); err != nil {
		panic(err)
	}
	fmt.Print(buf.String())

	var back Checkpoint
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		panic(err)
	}
	fmt.Printf("epoch=%d acc=%v comment=%q W1=%+v\n", back.Epoch, back.ValAcc, back.Comment, back.Params["W1"])
	var opt struct {
		Type string
		T    int
	}
	_ = json.Unmarshal(back.Optim, &opt)
	fmt.Printf("%+v %s\n", opt, back.Optim)

	bad := `{"epoch": 1, "params": {"W": [[1, 2], [3]]}}`
	var c2 Checkpoint
	err := json.Unmarshal([]byte(bad), &c2)
	fmt.Println("error:", err)
	err = json.NewDecoder(strings.NewReader(`{"params": {"W": "nope"}}`)).Decode(&c2)
	fmt.Println("error:", err)
	stream := `{"epoch":1,"val_acc":"0.2"} {"epoch":2,"val_acc":"0.3"} {"epoch":3,"val_acc":"x"}`
	dec := json.NewDecoder(strings.NewReader(stream))
	for dec.More() {
		var c Checkpoint
		if err := dec.Decode(&c); err != nil {
			fmt.Println("stream error:", err)
			break
		}
		fmt.Println("stream:", c.Epoch, c.ValAcc)
	}
}
