package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"text/template"
)

type Employee struct {
	Name   string
	Title  string
	Salary int
	Skills []string
	Boss   *Employee
}

type Dept struct {
	Name    string
	Members []Employee
	Budget  map[string]int
}

const tmpl = `{{- define "emp" -}}
{{.Name}} ({{.Title}}){{if .Boss}} -> {{.Boss.Name}}{{end}}{{with .Skills}} [{{join . ", "}}]{{end}}
{{- end -}}
{{- define "dept" -}}
== {{.Name | printf "%-8s"}} ==
{{range $i, $e := .Members -}}
{{if $i}}{{"\n"}}{{end}}  {{template "emp" $e}}{{if gt $e.Salary 100000}} *{{end}}
{{- else -}}
  (empty)
{{- end}}
{{- if .Budget}}
  budget:{{range $k, $v := .Budget}} {{$k}}={{$v}}{{end}}
{{- end}}
{{end -}}
{{range .}}{{template "dept" .}}{{end}}
{{- $total := 0}}{{range .}}{{$total = add $total (len .Members)}}{{end -}}
Total staff: {{$total}}
{{/* comment */ -}}
{{- $x := "quoted \"str\"" -}} {{$x | html}} {{printf "%q" $x}} {{slice "abcdef" 1 4}} {{index .  0 | printf "%T"}} {{eq 1 1 2}} {{or "" "dflt"}} {{not 0}}
`

func main() {
	ceo := Employee{Name: "Ada", Title: "CEO", Salary: 300000}
	cto := Employee{Name: "Linus", Title: "CTO", Salary: 250000, Boss: &ceo, Skills: []string{"c", "git"}}
	depts := []Dept{
		{Name: "exec", Members: []Employee{ceo, cto}, Budget: map[string]int{"travel": 50, "food": 10}},
		{Name: "eng", Members: []Employee{{Name: "Ken", Title: "Eng", Salary: 90000, Boss: &cto, Skills: []string{"go", "unix", "b"}}}},
		{Name: "empty"},
	}
	t, err := template.New("root").Funcs(template.FuncMap{
		"join": strings.Join,
		"add":  func(a, b int) int { return a + b },
	}).Parse(tmpl)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, depts); err != nil {
		fmt.Println("exec:", err)
	}
	fmt.Print(buf.String())
	var names []string
	for _, x := range t.Templates() {
		names = append(names, x.Name())
	}
	slices.Sort(names)
	fmt.Println(names)
	_, err = template.New("bad").Parse("{{if}}")
	fmt.Println(err)
	err = template.Must(template.New("e").Parse("{{index . 5}}")).Execute(&buf, []int{1})
	fmt.Println(err)
}
