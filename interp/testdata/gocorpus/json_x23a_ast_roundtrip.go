package main

import (
	"encoding/json"
	"fmt"
)

type Node struct {
	Kind     string  `json:"kind"`
	Value    float64 `json:"value,omitempty"`
	Name     string  `json:"name,omitempty"`
	Op       string  `json:"op,omitempty"`
	Children []*Node `json:"children,omitempty"`
}

func (n *Node) String() string {
	switch n.Kind {
	case "num":
		return fmt.Sprint(n.Value)
	case "var":
		return n.Name
	case "bin":
		return "(" + n.Children[0].String() + n.Op + n.Children[1].String() + ")"
	}
	return "?"
}

func (n *Node) Eval(env map[string]float64) float64 {
	switch n.Kind {
	case "num":
		return n.Value
	case "var":
		return env[n.Name]
	}
	a, b := n.Children[0].Eval(env), n.Children[1].Eval(env)
	switch n.Op {
	case "+":
		return a + b
	case "*":
		return a * b
	case "-":
		return a - b
	}
	return 0
}

type Program struct {
	Name  string             `json:"name"`
	Env   map[string]float64 `json:"env"`
	Body  *Node              `json:"body"`
	Notes []string           `json:"notes"`
	meta  int
}

func main() {
	src := `{
	  "name": "demo",
	  "env": {"y": 2, "x": 3.5},
	  "body": {"kind":"bin","op":"+","children":[
	      {"kind":"num","value":1},
	      {"kind":"bin","op":"*","children":[{"kind":"var","name":"x"},{"kind":"var","name":"y"}]}]},
	  "extra": true
	}`
	var p Program
	if err := json.Unmarshal([]byte(src), &p); err != nil {
		fmt.Println("err:", err)
		return
	}
	fmt.Println(p.Name, p.Body, p.Body.Eval(p.Env), p.Env, p.Notes == nil, p.meta)
	out, _ := json.Marshal(p)
	fmt.Println(string(out))
	ind, _ := json.MarshalIndent(p.Body.Children[1], "", "  ")
	fmt.Println(string(ind))

	var generic map[string]any
	_ = json.Unmarshal([]byte(src), &generic)
	fmt.Println(generic["extra"], generic["env"])
	body := generic["body"].(map[string]any)
	fmt.Printf("%T %v\n", body["children"], len(body["children"].([]any)))

	var bad Program
	err := json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println(err)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"name": }`), &bad)
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
		fmt.Println("syntax at", se.Offset, se)
	}
}
