package main

import (
	"os"
	"strings"
	"text/template"
)

type Entry struct {
	Name    string
	Forward float64
	Grad    float64
	Inputs  []string
}

const tpl = `Computational graph ({{len .Entries}} nodes)
{{range $i, $e := .Entries -}}
{{printf "%2d" $i}}. {{$e.Name | printf "%-6s"}} fwd={{printf "%7.3f" $e.Forward}} grad={{printf "%7.3f" $e.Grad}}
{{- if $e.Inputs}} <- {{join $e.Inputs ", "}}{{else}} (leaf){{end}}
{{end -}}
{{with .Loss}}loss: {{.}}{{end}}
{{if gt .Steps 1}}trained for {{.Steps}} steps{{else}}single step{{end}}
{{define "footer"}}-- {{upper .}} --{{end}}{{template "footer" "end of report"}}
`

func main() {
	funcs := template.FuncMap{
		"join":  strings.Join,
		"upper": strings.ToUpper,
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tpl))
	data := struct {
		Entries []Entry
		Loss    string
		Steps   int
	}{
		Entries: []Entry{
			{Name: "x", Forward: -2, Grad: -4},
			{Name: "y", Forward: 5, Grad: -4},
			{Name: "q", Forward: 3, Grad: -4, Inputs: []string{"x", "y"}},
			{Name: "z", Forward: -4, Grad: 3},
			{Name: "f", Forward: -12, Grad: 1, Inputs: []string{"q", "z"}},
		},
		Loss:  "-12.000",
		Steps: 1,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	data.Steps = 5
	data.Loss = ""
	data.Entries = data.Entries[:1]
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
