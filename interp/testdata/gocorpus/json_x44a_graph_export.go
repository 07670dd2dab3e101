package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Node struct {
	ID    string            `json:"id"`
	Label string            `json:"label,omitempty"`
	Attrs map[string]string `json:"attrs,omitempty"`
}

type Link struct {
	Source string  `json:"source"`
	Target string  `json:"target"`
	Weight float64 `json:"weight"`
	hidden bool
}

type GraphDoc struct {
	Directed bool   `json:"directed"`
	Nodes    []Node `json:"nodes"`
	Links    []Link `json:"links"`
}

func (d *GraphDoc) Adjacency() map[string][]string {
	m := map[string][]string{}
	for _, l := range d.Links {
		m[l.Source] = append(m[l.Source], l.Target)
		if !d.Directed {
			m[l.Target] = append(m[l.Target], l.Source)
		}
	}
	for k := range m {
		sort.Strings(m[k])
	}
	return m
}

const input = `{
  "directed": true,
  "nodes": [
    {"id": "q0", "label": "start"},
    {"id": "q1"},
    {"id": "q2", "attrs": {"accept": "yes", "color": "green"}}
  ],
  "links": [
    {"source": "q0", "target": "q1", "weight": 0.5},
    {"source": "q1", "target": "q2", "weight": 1.25},
    {"source": "q0", "target": "q2", "weight": 3}
  ]
}`

func main() {
	var doc GraphDoc
	if err := json.Unmarshal([]byte(input), &doc); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("%+v\n", doc.Nodes[2])
	fmt.Println("adjacency:", doc.Adjacency())
	total := 0.0
	for _, l := range doc.Links {
		total += l.Weight
	}
	fmt.Printf("links=%d total weight=%.2f\n", len(doc.Links), total)

	doc.Directed = false
	doc.Links = append(doc.Links, Link{Source: "q2", Target: "q0", Weight: 0.1, hidden: true})
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	fmt.Println("undirected adjacency:", doc.Adjacency())

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(doc.Adjacency())
	var bad GraphDoc
	err = json.Unmarshal([]byte(`{"directed": "yes"}`), &bad)
	fmt.Println("bad:", err)
	var generic map[string]any
	json.Unmarshal([]byte(input), &generic)
	fmt.Printf("%T %v\n", generic["nodes"], len(generic["nodes"].([]any)))
}
