package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Employee struct {
	Name   string
	Title  string
	Salary int
	Skills []string
}

type Team struct {
	Name    string
	Lead    *Employee
	Members []Employee
	Meta    map[string]string
}

const tmpl = `Team: {{.Name | upper}}
{{with .Lead}}Lead: {{.Name}} ({{.Title}}){{end}}
{{range $i, $m := .Members}}{{if $i}}, {{end}}{{$m.Name}}{{end}}
{{range .Members -}}
- {{printf "%-6s" .Name}} {{.Salary}} {{if gt .Salary 5000}}senior{{else}}junior{{end}} [{{join .Skills "/"}}]
{{end -}}
{{range $k, $v := .Meta}}{{$k}}={{$v}};{{end}}
Count: {{len .Members}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
	}
	t := template.Must(template.New("team").Funcs(funcs).Parse(tmpl))
	lead := &Employee{Name: "Ada", Title: "CTO"}
	team := Team{
		Name: "core",
		Lead: lead,
		Members: []Employee{
			{"Bob", "dev", 4000, []string{"go", "sql"}},
			{"Cy", "dev", 6500, []string{"rust"}},
			{"Di", "qa", 3000, nil},
		},
		Meta: map[string]string{"floor": "3", "building": "B"},
	}
	if err := t.Execute(os.Stdout, team); err != nil {
		fmt.Println("error:", err)
	}
	t2, err := template.New("x").Parse("{{.Missing}}")
	if err != nil {
		fmt.Println(err)
		return
	}
	err = t2.Execute(os.Stdout, team)
	fmt.Println("\nexec error:", err != nil)
	var sb strings.Builder
	template.Must(template.New("m").Parse(`{{range .}}<{{.}}>{{else}}none{{end}}`)).Execute(&sb, []int{})
	fmt.Println(sb.String())
}
