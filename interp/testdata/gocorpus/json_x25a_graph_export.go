package main

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

type Node struct {
	ID    int
	Op    string
	Data  float64
	Grad  float64
	Param bool
	In    []*Node
}

func (n *Node) MarshalJSON() ([]byte, error) {
	ids := make([]int, len(n.In))
	for i, c := range n.In {
		ids[i] = c.ID
	}
	type wire struct {
		ID     int       `json:"id"`
		Op     string    `json:"op,omitempty"`
		Data   string    `json:"data"`
		Grad   float64   `json:"grad"`
		Inputs []int     `json:"inputs"`
		Extra  *struct{} `json:"extra,omitempty"`
	}
	return json.Marshal(wire{n.ID, n.Op, fmt.Sprintf("%.3f", n.Data), math.Round(n.Grad*1000) / 1000, ids, nil})
}

type Envelope struct {
	Kind    string          `json:"kind"`
	Payload json.RawMessage `json:"payload"`
}

func main() {
	a := &Node{ID: 0, Data: 1.5, Grad: 2, Param: true}
	b := &Node{ID: 1, Data: 2, Grad: 1.5}
	c := &Node{ID: 2, Op: "mul", Data: 3, Grad: 1, In: []*Node{a, b}}
	graph := []*Node{a, b, c}
	out, err := json.Marshal(graph)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	env := Envelope{Kind: "graph", Payload: out}
	eb, _ := json.Marshal(env)
	fmt.Println(len(eb), strings.HasPrefix(string(eb), `{"kind":"graph","payload":[`))
	var back Envelope
	if err := json.Unmarshal(eb, &back); err != nil {
		panic(err)
	}
	var nodes []map[string]any
	if err := json.Unmarshal(back.Payload, &nodes); err != nil {
		panic(err)
	}
	for _, n := range nodes {
		fmt.Printf("id=%v op=%q data=%v grad=%v inputs=%v\n", n["id"], n["op"], n["data"], n["grad"], n["inputs"])
	}
	dec := json.NewDecoder(strings.NewReader(`{"kind":"x","payload":1,"bogus":true}`))
	dec.DisallowUnknownFields()
	var e2 Envelope
	fmt.Println(dec.Decode(&e2))
	m := map[string]*Node{"c": c}
	mb, _ := json.Marshal(m)
	fmt.Println(string(mb))
}
