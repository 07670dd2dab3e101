package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Run struct {
	Model    string
	Accuracy float64
	Params   map[string]float64
	Notes    []string
}

const tmpl = `Experiment report
=================
{{range $i, $r := .}}{{add $i 1}}. {{$r.Model | printf "%-10s"}} acc={{printf "%.3f" $r.Accuracy}}{{if gt $r.Accuracy 0.8}} (good){{else}} (weak){{end}}
{{- range $k, $v := $r.Params}}
     {{$k}} = {{$v}}{{end}}
{{- with $r.Notes}}
     notes: {{join . "; "}}{{end}}
{{end}}Total runs: {{len .}}
`

func main() {
	funcs := template.FuncMap{
		"add":  func(a, b int) int { return a + b },
		"join": strings.Join,
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(tmpl))
	runs := []Run{
		{"knn", 0.873, map[string]float64{"k": 5}, []string{"euclidean"}},
		{"nbayes", 0.79, map[string]float64{"alpha": 1}, nil},
		{"logreg", 0.912, map[string]float64{"lr": 0.1, "epochs": 300}, []string{"l2", "standardized"}},
	}
	if err := t.Execute(os.Stdout, runs); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(&sb, runs[0])
	fmt.Println("bad template error:", err != nil)
}
