package main

import (
	"encoding/json"
	"fmt"
)

type Stmt interface{ stmt() }

type Assign struct {
	Name string `json:"name"`
	Val  int    `json:"val"`
}
type Print struct {
	Expr string `json:"expr"`
}
type Block struct {
	Body []Stmt `json:"body"`
}

func (Assign) stmt() {}
func (Print) stmt()  {}
func (Block) stmt()  {}

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func encode(s Stmt) ([]byte, error) {
	var t string
	switch s.(type) {
	case Assign:
		t = "assign"
	case Print:
		t = "print"
	case Block:
		t = "block"
	default:
		return nil, fmt.Errorf("unknown stmt %T", s)
	}
	data, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	return json.Marshal(envelope{t, data})
}

func (b Block) MarshalJSON() ([]byte, error) {
	items := make([]json.RawMessage, len(b.Body))
	for i, s := range b.Body {
		raw, err := encode(s)
		if err != nil {
			return nil, err
		}
		items[i] = raw
	}
	return json.Marshal(map[string]any{"body": items})
}

func decode(data []byte) (Stmt, error) {
	var env envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return nil, err
	}
	switch env.Type {
	case "assign":
		var a Assign
		err := json.Unmarshal(env.Data, &a)
		return a, err
	case "print":
		var p Print
		err := json.Unmarshal(env.Data, &p)
		return p, err
	case "block":
		var raw struct{ Body []json.RawMessage }
		if err := json.Unmarshal(env.Data, &raw); err != nil {
			return nil, err
		}
		var b Block
		for _, r := range raw.Body {
			s, err := decode(r)
			if err != nil {
				return nil, fmt.Errorf("in block: %w", err)
			}
			b.Body = append(b.Body, s)
		}
		return b, nil
	}
	return nil, fmt.Errorf("unknown type %q", env.Type)
}

func main() {
	prog := Block{[]Stmt{Assign{"x", 1}, Print{"x+1"}, Block{[]Stmt{Assign{"y", 2}}}}}
	data, err := encode(prog)
	fmt.Println(string(data), err)
	back, err := decode(data)
	fmt.Printf("%+v %v\n", back, err)
	fmt.Println(fmt.Sprint(back) == fmt.Sprint(prog))
	_, err = decode([]byte(`{"type":"block","data":{"body":[{"type":"goto","data":{}}]}}`))
	fmt.Println(err)
	_, err = decode([]byte(`{"type":"assign","data":{"name":"x","val":"one"}}`))
	fmt.Println(err)
	_, err = encode(nil)
	fmt.Println(err)
}
