package main

import (
	"fmt"
	"os"
	"text/template"
)

type V struct {
	ID    int
	Label string
	Data  float64
	Grad  float64
	Op    string
	Kids  []int
}

const dot = `digraph G {
  rankdir=LR;
{{- range .}}
  n{{.ID}} [label="{{.Label}} | data {{printf "%.4f" .Data}} | grad {{printf "%.4f" .Grad}}"];
{{- if .Op}}
  n{{.ID}}op [label="{{.Op}}"];
  n{{.ID}}op -> n{{.ID}};
{{- range $k := .Kids}}
  n{{$k}} -> n{{$.ID}}op;
{{- end}}
{{- end}}
{{- end}}
}
`

func main() {
	nodes := []V{
		{ID: 0, Label: "a", Data: 2, Grad: -3},
		{ID: 1, Label: "b", Data: -3, Grad: 2},
		{ID: 2, Label: "e", Data: -6, Grad: 1, Op: "*", Kids: []int{0, 1}},
		{ID: 3, Label: "c", Data: 10, Grad: 1},
		{ID: 4, Label: "d", Data: 4, Grad: 1, Op: "+", Kids: []int{2, 3}},
	}
	t := template.Must(template.New("dot").Parse(dot))
	if err := t.Execute(os.Stdout, nodes); err != nil {
		fmt.Println("error:", err)
	}
	t2, err := template.New("bad").Parse("{{.Missing")
	fmt.Println(t2 == nil, err != nil)
	summary := template.Must(template.New("s").Funcs(template.FuncMap{
		"abs": func(x float64) float64 {
			if x < 0 {
				return -x
			}
			return x
		},
	}).Parse("{{range .}}{{.Label}}:{{abs .Grad}} {{end}}\n"))
	summary.Execute(os.Stdout, nodes)
}
