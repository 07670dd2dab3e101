package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Matrix struct {
	Rows [][]float64
}

func (m Matrix) MarshalJSON() ([]byte, error) {
	lines := make([]string, len(m.Rows))
	for i, r := range m.Rows {
		parts := make([]string, len(r))
		for j, v := range r {
			parts[j] = strconv.FormatFloat(v, 'g', -1, 64)
		}
		lines[i] = strings.Join(parts, " ")
	}
	return json.Marshal(strings.Join(lines, "; "))
}

func (m *Matrix) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	m.Rows = nil
	for _, line := range strings.Split(s, ";") {
		var row []float64
		for _, f := range strings.Fields(line) {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return fmt.Errorf("matrix: %w", err)
			}
			row = append(row, v)
		}
		if len(m.Rows) > 0 && len(row) != len(m.Rows[0]) {
			return errors.New("matrix: ragged rows")
		}
		m.Rows = append(m.Rows, row)
	}
	return nil
}

type Exercise struct {
	ID     int     `json:"id"`
	A      Matrix  `json:"A"`
	Answer *Matrix `json:"answer,omitempty"`
}

func transpose(m Matrix) Matrix {
	t := make([][]float64, len(m.Rows[0]))
	for j := range t {
		for i := range m.Rows {
			t[j] = append(t[j], m.Rows[i][j])
		}
	}
	return Matrix{t}
}

func main() {
	in := `[{"id":1,"A":"1 2 3; 4 5 6"},{"id":2,"A":"0.5 -1; 2 1e3"}]`
	var ex []Exercise
	if err := json.Unmarshal([]byte(in), &ex); err != nil {
		fmt.Println(err)
		return
	}
	for i := range ex {
		t := transpose(ex[i].A)
		ex[i].Answer = &t
	}
	out, err := json.Marshal(ex)
	fmt.Println(string(out), err)
	fmt.Printf("%v\n", ex[1].A.Rows)
	var bad Exercise
	fmt.Println(json.Unmarshal([]byte(`{"id":3,"A":"1 2; 3"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"id":4,"A":"1 x"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"id":5,"A":[1,2]}`), &bad))
}
