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
	Salary float64
	Skills []string
	Remote bool
}

func (e Employee) Initials() string {
	var b strings.Builder
	for _, p := range strings.Fields(e.Name) {
		b.WriteByte(p[0])
	}
	return b.String()
}

const report = `Team report: {{.Title | upper}}
{{range $i, $e := .People}}{{if $i}}---
{{end}}{{add $i 1}}. {{$e.Name}} ({{$e.Initials}}) - {{$e.Dept}}
   salary: {{printf "%.2f" $e.Salary}}{{if $e.Remote}} [remote]{{end}}
   skills: {{if $e.Skills}}{{join $e.Skills ", "}}{{else}}none{{end}}
{{end}}{{with .Note}}Note: {{.}}
{{else}}No note.
{{end}}Total: {{len .People}} people, payroll {{printf "%.0f" (total .People)}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		"total": func(es []Employee) float64 {
			s := 0.0
			for _, e := range es {
				s += e.Salary
			}
			return s
		},
	}
	tmpl := template.Must(template.New("report").Funcs(funcs).Parse(report))
	data := map[string]any{
		"Title": "platform",
		"People": []Employee{
			{"Ada King Lovelace", "Research", 8123.5, []string{"math", "engines"}, true},
			{"Grace Hopper", "Compilers", 9100, nil, false},
			{"Ken Thompson", "Systems", 8800.25, []string{"unix", "go"}, true},
		},
		"Note": "",
	}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("exec error:", err)
	}

	data["Note"] = "bonus pending"
	data["People"] = []Employee{}
	var sb strings.Builder
	tmpl.Execute(&sb, data)
	fmt.Print(sb.String())

	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err != nil)

	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err = t2.Execute(os.Stdout, Employee{Name: "x"})
	fmt.Println("missing field error:", err)

	t3 := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}` + "\n"))
	t3.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})

	t4 := template.Must(template.New("d").Parse(`{{define "item"}}<{{.}}>{{end}}{{range .}}{{template "item" .}}{{end}}` + "\n"))
	t4.Execute(os.Stdout, []string{"x", "y", "z"})

	t5 := template.Must(template.New("cmp").Parse(`{{if gt .A .B}}A bigger{{else if eq .A .B}}equal{{else}}B bigger{{end}} {{and .A .B}} {{or 0 .B}} {{not true}} {{index .L 1}} {{slice .S 1 3}}` + "\n"))
	t5.Execute(os.Stdout, map[string]any{"A": 3, "B": 5, "L": []string{"p", "q"}, "S": "hello"})
}
