package main

import (
	"os"
	"strings"
	"text/template"
)

type Student struct {
	Name   string
	Grades []int
}

func (s Student) Avg() float64 {
	if len(s.Grades) == 0 {
		return 0
	}
	t := 0
	for _, g := range s.Grades {
		t += g
	}
	return float64(t) / float64(len(s.Grades))
}

const report = `Class report: {{.Title | upper}}
{{range $i, $s := .Students}}{{add $i 1}}. {{printf "%-6s" $s.Name}} avg={{printf "%.1f" $s.Avg}}{{if ge $s.Avg 80.0}} (honors){{end}}
{{else}}no students
{{end}}{{with .Teacher}}Teacher: {{.}}{{else}}No teacher{{end}}
{{- /* comment */ -}}
{{define "footer"}}
-- {{len .Students}} students --{{end}}{{template "footer" .}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	data := map[string]any{
		"Title": "Go 101",
		"Students": []Student{
			{"Ana", []int{90, 85, 77}},
			{"Bo", []int{60, 70}},
			{"Cyd", nil},
		},
		"Teacher": "Dr. Pike",
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	data["Students"] = []Student{}
	delete(data, "Teacher")
	if err := t.Execute(os.Stdout, data); err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
	}
}
