package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Tree struct {
	Value    int     `json:"value"`
	Label    string  `json:"label,omitempty"`
	Children []*Tree `json:"children,omitempty"`
}

func (t *Tree) Add(v int, label string) *Tree {
	c := &Tree{Value: v, Label: label}
	t.Children = append(t.Children, c)
	return c
}

func (t *Tree) Sum() int {
	s := t.Value
	for _, c := range t.Children {
		s += c.Sum()
	}
	return s
}

func (t *Tree) Depth() int {
	d := 0
	for _, c := range t.Children {
		d = max(d, c.Depth())
	}
	return d + 1
}

func (t *Tree) Lines(prefix string, out *[]string) {
	*out = append(*out, fmt.Sprintf("%s%d %s", prefix, t.Value, t.Label))
	for _, c := range t.Children {
		c.Lines(prefix+"  ", out)
	}
}

const report = `{{define "node"}}{{.Value}}{{if .Label}}[{{.Label}}]{{end}}{{if .Children}}({{range $i, $c := .Children}}{{if $i}},{{end}}{{template "node" $c}}{{end}}){{end}}{{end}}Tree: {{template "node" .T}}
Sum={{.T.Sum}} Depth={{.T.Depth}} Leaves={{len .Leaves}}{{range .Leaves}} {{.}}{{end}}
`

func leaves(t *Tree) []string {
	if len(t.Children) == 0 {
		return []string{t.Label}
	}
	var out []string
	for _, c := range t.Children {
		out = append(out, leaves(c)...)
	}
	return out
}

func main() {
	root := &Tree{Value: 1, Label: "root"}
	a := root.Add(2, "a")
	a.Add(4, "a1")
	a.Add(5, "")
	b := root.Add(3, "b")
	b.Add(6, "b1").Add(7, "deep")

	data, err := json.Marshal(root)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))

	var back Tree
	if err := json.Unmarshal(data, &back); err != nil {
		panic(err)
	}
	var lines []string
	back.Lines("", &lines)
	fmt.Println(strings.Join(lines, "\n"))

	tmpl := template.Must(template.New("r").Parse(report))
	if err := tmpl.Execute(os.Stdout, map[string]any{"T": &back, "Leaves": leaves(&back)}); err != nil {
		fmt.Println("err:", err)
	}

	var generic map[string]any
	json.Unmarshal(data, &generic)
	kids := generic["children"].([]any)
	fmt.Printf("%T %v %v\n", generic["value"], len(kids), kids[1].(map[string]any)["label"])
	bad := json.Unmarshal([]byte(`{"value":"x"}`), &back)
	fmt.Println(bad)
	pretty, _ := json.MarshalIndent(b.Children[0], "", " ")
	fmt.Println(string(pretty))
}
