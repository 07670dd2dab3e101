package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Epoch struct {
	N        int
	Loss     float64
	Accuracy float64
}

type Run struct {
	Model  string
	Epochs []Epoch
	Params map[string]any
	Notes  []string
}

func (r Run) Best() Epoch {
	best := r.Epochs[0]
	for _, e := range r.Epochs[1:] {
		if e.Loss < best.Loss {
			best = e
		}
	}
	return best
}

const tmpl = `Model: {{.Model | upper}}
{{- range $k, $v := .Params}}
  {{$k}} = {{$v}}
{{- end}}
{{range $i, $e := .Epochs -}}
{{if $i}}, {{end}}{{$e.N}}:{{printf "%.3f" $e.Loss}}
{{- end}}
Best: epoch {{.Best.N}} acc {{pct .Best.Accuracy}}
{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "end"}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"pct":   func(f float64) string { return fmt.Sprintf("%.1f%%", f*100) },
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(tmpl))
	run := Run{
		Model:  "tiny-mlp",
		Epochs: []Epoch{{1, 0.9, 0.55}, {2, 0.42, 0.81}, {3, 0.47, 0.79}},
		Params: map[string]any{"lr": 0.01, "batch": 32, "act": "tanh"},
		Notes:  []string{"converged", "slight overfit"},
	}
	if err := t.Execute(os.Stdout, run); err != nil {
		fmt.Println("error:", err)
	}
	run.Notes = nil
	run.Params = nil
	var sb strings.Builder
	t.Execute(&sb, run)
	fmt.Print(sb.String())
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
	err = template.Must(template.New("m").Parse("{{.Missing}}")).Execute(&sb, run)
	fmt.Println(err)
}
