package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Node interface {
	Kind() string
	Eval(env map[string]float64) (float64, error)
}

type Num struct {
	Value float64 `json:"value"`
}

type Var struct {
	Name string `json:"name"`
}

type BinOp struct {
	Op    string `json:"op"`
	Left  Node   `json:"left"`
	Right Node   `json:"right"`
}

func (Num) Kind() string   { return "num" }
func (Var) Kind() string   { return "var" }
func (BinOp) Kind() string { return "binop" }

func (n Num) Eval(map[string]float64) (float64, error) { return n.Value, nil }
func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[v.Name]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", v.Name)
	}
	return x, nil
}

var ErrDivZero = errors.New("division by zero")

func (b BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.Left.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.Right.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %s", b.Op)
}

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func encode(n Node) (json.RawMessage, error) {
	var data []byte
	var err error
	if b, ok := n.(BinOp); ok {
		l, err1 := encode(b.Left)
		r, err2 := encode(b.Right)
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
		data, err = json.Marshal(map[string]any{"op": b.Op, "left": l, "right": r})
	} else {
		data, err = json.Marshal(n)
	}
	if err != nil {
		return nil, err
	}
	return json.Marshal(envelope{Type: n.Kind(), Data: data})
}

func decode(raw json.RawMessage) (Node, error) {
	var env envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, err
	}
	switch env.Type {
	case "num":
		var n Num
		err := json.Unmarshal(env.Data, &n)
		return n, err
	case "var":
		var v Var
		err := json.Unmarshal(env.Data, &v)
		return v, err
	case "binop":
		var tmp struct {
			Op          string
			Left, Right json.RawMessage
		}
		if err := json.Unmarshal(env.Data, &tmp); err != nil {
			return nil, err
		}
		l, err := decode(tmp.Left)
		if err != nil {
			return nil, err
		}
		r, err := decode(tmp.Right)
		if err != nil {
			return nil, err
		}
		return BinOp{tmp.Op, l, r}, nil
	}
	return nil, fmt.Errorf("unknown node type %q", env.Type)
}

func main() {
	expr := BinOp{"+", Num{2}, BinOp{"*", Var{"x"}, BinOp{"/", Num{10}, Var{"y"}}}}
	raw, err := encode(expr)
	fmt.Println(string(raw), err)
	back, err := decode(raw)
	fmt.Printf("%v\n%+v\n", err, back)
	for _, env := range []map[string]float64{{"x": 3, "y": 4}, {"x": 1, "y": 0}, {"y": 2}} {
		v, err := back.Eval(env)
		fmt.Println(v, err, errors.Is(err, ErrDivZero))
	}
	_, err = decode(json.RawMessage(`{"type":"call","data":{}}`))
	fmt.Println(err)
	_, err = decode(json.RawMessage(`{"type":"num","data":{"value":"x"}}`))
	fmt.Println(err)
}
