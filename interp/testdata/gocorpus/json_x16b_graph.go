package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type NodeSpec struct {
	ID     string   `json:"id"`
	Op     string   `json:"op"`
	Inputs []string `json:"inputs,omitempty"`
	Value  *float64 `json:"value,omitempty"`
}

type Graph struct {
	Nodes  []NodeSpec `json:"nodes"`
	Output string     `json:"output"`
}

const spec = `{
  "nodes": [
    {"id": "x", "op": "input", "value": 2},
    {"id": "w", "op": "input", "value": -3},
    {"id": "b", "op": "input", "value": 1},
    {"id": "xw", "op": "mul", "inputs": ["x", "w"]},
    {"id": "z", "op": "add", "inputs": ["xw", "b"]},
    {"id": "y", "op": "sigmoid", "inputs": ["z"]}
  ],
  "output": "y"
}`

func main() {
	var g Graph
	if err := json.Unmarshal([]byte(spec), &g); err != nil {
		panic(err)
	}
	vals := map[string]float64{}
	for _, n := range g.Nodes {
		switch n.Op {
		case "input":
			vals[n.ID] = *n.Value
		case "mul":
			vals[n.ID] = vals[n.Inputs[0]] * vals[n.Inputs[1]]
		case "add":
			vals[n.ID] = vals[n.Inputs[0]] + vals[n.Inputs[1]]
		case "sigmoid":
			vals[n.ID] = 1 / (1 + exp(-vals[n.Inputs[0]]))
		}
	}
	grads := map[string]float64{g.Output: 1}
	for i := len(g.Nodes) - 1; i >= 0; i-- {
		n := g.Nodes[i]
		gr := grads[n.ID]
		switch n.Op {
		case "mul":
			grads[n.Inputs[0]] += gr * vals[n.Inputs[1]]
			grads[n.Inputs[1]] += gr * vals[n.Inputs[0]]
		case "add":
			grads[n.Inputs[0]] += gr
			grads[n.Inputs[1]] += gr
		case "sigmoid":
			s := vals[n.ID]
			grads[n.Inputs[0]] += gr * s * (1 - s)
		}
	}
	ids := make([]string, 0, len(grads))
	for id := range grads {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	type out struct {
		Val  float64 `json:"val"`
		Grad float64 `json:"grad"`
	}
	res := map[string]out{}
	for _, id := range ids {
		res[id] = out{round(vals[id]), round(grads[id])}
	}
	b, _ := json.Marshal(res)
	fmt.Println(string(b))
	g.Nodes = g.Nodes[:2]
	b, _ = json.Marshal(g)
	fmt.Println(string(b))
}

func exp(x float64) float64 {
	s, t := 1.0, 1.0
	for i := 1; i < 30; i++ {
		t *= x / float64(i)
		s += t
	}
	return s
}

func round(x float64) float64 { return float64(int64(x*1e6+0.5*sign(x))) / 1e6 }

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}
