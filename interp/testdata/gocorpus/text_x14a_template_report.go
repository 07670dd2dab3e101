package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Skills []string
}

func (e Employee) Senior() bool { return e.Salary >= 90000 }

const tmpl = `Report for {{.Company}}
{{range $i, $e := .Staff}}{{inc $i}}. {{$e.Name | printf "%-8s"}} {{$e.Dept | upper}} {{$e.Salary}}{{if $e.Senior}} (senior){{end}}
{{- with $e.Skills}} skills: {{join . ", "}}{{else}} no skills listed{{end}}
{{end}}Total payroll: {{total .Staff}}
{{- define "footer"}}
-- {{.}} --{{end}}
{{template "footer" "end of report"}}
`

func main() {
	funcs := template.FuncMap{
		"inc":   func(i int) int { return i + 1 },
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"total": func(es []Employee) int {
			t := 0
			for _, e := range es {
				t += e.Salary
			}
			return t
		},
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmpl))
	data := map[string]any{
		"Company": "Acme",
		"Staff": []Employee{
			{"Ann", "eng", 120000, []string{"go", "sql"}},
			{"Bob", "sales", 60000, nil},
			{"Cyd", "eng", 95000, []string{"rust"}},
			{"Dee", "ops", 70000, []string{}},
		},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec error:", err)
	}
	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err != nil)
	t2 := template.Must(template.New("x").Parse("{{.Missing.Field}}\n"))
	err = t2.Execute(os.Stdout, struct{ Name string }{"z"})
	fmt.Println("exec error:", err)
	var sb strings.Builder
	template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}`)).Execute(&sb, map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(sb.String())
}
