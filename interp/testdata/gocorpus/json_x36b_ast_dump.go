package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type NodeType int

const (
	NumLit NodeType = iota
	Ident
	BinExpr
	Assign
)

var typeNames = []string{"NumLit", "Ident", "BinExpr", "Assign"}

func (t NodeType) MarshalJSON() ([]byte, error) {
	return json.Marshal(typeNames[t])
}

func (t *NodeType) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range typeNames {
		if n == s {
			*t = NodeType(i)
			return nil
		}
	}
	return fmt.Errorf("unknown node type %q", s)
}

type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

type Node struct {
	Type     NodeType `json:"type"`
	Pos      *Pos     `json:"pos,omitempty"`
	Value    float64  `json:"value,omitempty"`
	Name     string   `json:"name,omitempty"`
	Op       string   `json:"op,omitempty"`
	Children []*Node  `json:"children,omitempty"`
	comment  string
}

func num(v float64) *Node  { return &Node{Type: NumLit, Value: v} }
func ident(n string) *Node { return &Node{Type: Ident, Name: n} }
func bin(op string, l, r *Node) *Node {
	return &Node{Type: BinExpr, Op: op, Children: []*Node{l, r}}
}

func eval(n *Node, env map[string]float64) float64 {
	switch n.Type {
	case NumLit:
		return n.Value
	case Ident:
		return env[n.Name]
	case Assign:
		v := eval(n.Children[0], env)
		env[n.Name] = v
		return v
	}
	l, r := eval(n.Children[0], env), eval(n.Children[1], env)
	switch n.Op {
	case "+":
		return l + r
	case "*":
		return l * r
	}
	return l - r
}

func main() {
	prog := &Node{Type: Assign, Name: "y", Pos: &Pos{1, 1}, comment: "top",
		Children: []*Node{bin("+", bin("*", ident("x"), num(2)), num(0.5))}}
	b, err := json.Marshal(prog)
	fmt.Println(string(b), err)

	pretty, _ := json.MarshalIndent(prog.Children[0].Children[0], "", "  ")
	fmt.Println(string(pretty))

	var back Node
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	env := map[string]float64{"x": 20}
	fmt.Println("eval:", eval(&back, env), env)
	fmt.Printf("%+v %q\n", *back.Pos, back.comment)

	inputs := []string{
		`{"type":"Ident","name":"z"}`,
		`{"type":"Lambda"}`,
		`{"type":3,"name":"q"}`,
		`{"type":"NumLit","value":"7"}`,
		`{"type":"BinExpr","op":"-","children":[{"type":"NumLit","value":10},{"type":"NumLit","value":4}]}`,
	}
	for _, in := range inputs {
		var n Node
		dec := json.NewDecoder(strings.NewReader(in))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&n); err != nil {
			fmt.Printf("decode %s: %v\n", in, err)
			continue
		}
		fmt.Printf("ok: type=%d name=%q eval=%g\n", n.Type, n.Name, eval(&n, map[string]float64{}))
	}
	var generic map[string]any
	_ = json.Unmarshal(b, &generic)
	fmt.Printf("%v\n%T\n", generic["children"], generic["pos"])
}
