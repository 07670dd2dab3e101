package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Kind int

const (
	Asset Kind = iota
	Liability
	Equity
	Income
	Expense
)

var kindNames = []string{"asset", "liability", "equity", "income", "expense"}

func (k Kind) String() string { return kindNames[k] }

func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown account kind %q", b)
}

type Node struct {
	Code     string  `json:"code"`
	Name     string  `json:"name"`
	Kind     Kind    `json:"kind"`
	Balance  int64   `json:"balance,omitempty"`
	Children []*Node `json:"children,omitempty"`
}

func (n *Node) Total() int64 {
	t := n.Balance
	for _, c := range n.Children {
		t += c.Total()
	}
	return t
}

func (n *Node) Print(depth int) {
	fmt.Printf("%-6s %-*s %-9v %10d\n", n.Code, 28, strings.Repeat("  ", depth)+n.Name, n.Kind, n.Total())
	for _, c := range n.Children {
		c.Print(depth + 1)
	}
}

const chart = `[
 {"code":"1000","name":"Assets","kind":"asset","children":[
   {"code":"1100","name":"Cash","kind":"asset","balance":1520000},
   {"code":"1200","name":"Receivables","kind":"asset","balance":430000},
   {"code":"1500","name":"Fixed assets","kind":"asset","children":[
     {"code":"1510","name":"Vehicles","kind":"asset","balance":2500000},
     {"code":"1520","name":"Computers","kind":"asset","balance":380000}]}]},
 {"code":"2000","name":"Liabilities","kind":"liability","children":[
   {"code":"2100","name":"Payables","kind":"liability","balance":210000}]},
 {"code":"3000","name":"Equity","kind":"equity","balance":4620000}
]`

func main() {
	var roots []*Node
	if err := json.Unmarshal([]byte(chart), &roots); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, r := range roots {
		r.Print(0)
	}
	assets, liab, eq := roots[0].Total(), roots[1].Total(), roots[2].Total()
	fmt.Println("A = L + E:", assets == liab+eq, assets, liab+eq)
	out, _ := json.Marshal(roots[1])
	fmt.Println(string(out))
	m := map[Kind]int64{}
	var walk func(*Node)
	walk = func(n *Node) {
		m[n.Kind] += n.Balance
		for _, c := range n.Children {
			walk(c)
		}
	}
	for _, r := range roots {
		walk(r)
	}
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	var bad Node
	err := json.Unmarshal([]byte(`{"code":"9","kind":"revenue"}`), &bad)
	fmt.Println("bad:", err)
}
