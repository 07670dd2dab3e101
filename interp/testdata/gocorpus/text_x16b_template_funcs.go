package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"text/template"
)

type Layer struct {
	Name    string
	In, Out int
	Act     string
}

func (l Layer) Params() int { return l.In*l.Out + l.Out }

var tmpl = `{{define "layer"}}{{.Name | printf "%-6s"}} {{.In}}->{{.Out}} {{if .Act}}[{{.Act}}]{{else}}[linear]{{end}}{{end -}}
Network "{{.Title}}"
{{range $i, $l := .Layers}}{{add $i 1}}. {{template "layer" $l}} params={{$l.Params}}
{{end}}{{$total := 0}}{{range .Layers}}{{$total = add $total .Params}}{{end}}Total: {{$total}} ({{kb $total}})
{{- if gt (len .Layers) 2}}
deep enough{{end}}
Tags: {{join .Tags ", "}}
{{with .Missing}}never{{else}}no missing{{end}}
`

func main() {
	fm := template.FuncMap{
		"add":  func(a, b int) int { return a + b },
		"join": strings.Join,
		"kb":   func(n int) string { return fmt.Sprintf("%.2f KiB", float64(n*4)/1024) },
	}
	t, err := template.New("net").Funcs(fm).Parse(tmpl)
	if err != nil {
		fmt.Println(err)
		return
	}
	data := map[string]any{
		"Title": "mnist-mlp",
		"Layers": []Layer{
			{"fc1", 784, 128, "relu"},
			{"fc2", 128, 64, "relu"},
			{"out", 64, 10, ""},
		},
		"Tags":    []string{"mlp", "sgd", "momentum"},
		"Missing": nil,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec:", err)
	}
	_, err = template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
	fmt.Println(math.Floor(2.7))
}
