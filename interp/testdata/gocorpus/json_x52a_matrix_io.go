package main

import (
	"encoding/json"
	"fmt"
)

type Problem struct {
	Name   string      `json:"name"`
	A      [][]float64 `json:"a"`
	B      []float64   `json:"b"`
	Method string      `json:"method,omitempty"`
}

type Solution struct {
	Name     string    `json:"name"`
	X        []float64 `json:"x"`
	Residual float64   `json:"residual"`
}

func jacobi(a [][]float64, b []float64, iters int) []float64 {
	x := make([]float64, len(b))
	for it := 0; it < iters; it++ {
		nx := make([]float64, len(b))
		for i := range a {
			s := b[i]
			for j := range a[i] {
				if j != i {
					s -= a[i][j] * x[j]
				}
			}
			nx[i] = s / a[i][i]
		}
		x = nx
	}
	return x
}

func main() {
	input := `[
 {"name":"p1","a":[[4,1],[2,3]],"b":[1,2]},
 {"name":"p2","a":[[10,-1,2],[-1,11,-1],[2,-1,10]],"b":[6,25,-11],"method":"jacobi"}
]`
	var probs []Problem
	if err := json.Unmarshal([]byte(input), &probs); err != nil {
		fmt.Println("bad input:", err)
		return
	}
	fmt.Printf("%+v\n", probs[0])
	var sols []Solution
	for _, p := range probs {
		x := jacobi(p.A, p.B, 60)
		res := 0.0
		for i := range p.A {
			s := -p.B[i]
			for j := range p.A[i] {
				s += p.A[i][j] * x[j]
			}
			res += s * s
		}
		for i := range x {
			x[i] = float64(int64(x[i]*1e6+0.5)) / 1e6
		}
		sols = append(sols, Solution{p.Name, x, float64(int64(res*1e9)) / 1e9})
	}
	out, _ := json.MarshalIndent(sols, "", "  ")
	fmt.Println(string(out))
	var generic []map[string]any
	json.Unmarshal([]byte(input), &generic)
	fmt.Println(generic[1]["method"], generic[0]["b"])
	err := json.Unmarshal([]byte(`{"a":"oops"}`), &probs[0])
	fmt.Println(err)
}
