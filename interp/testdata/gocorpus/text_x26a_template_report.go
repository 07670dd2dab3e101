package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0
	for _, x := range s.Scores {
		t += x
	}
	return float64(t) / float64(len(s.Scores))
}

func (s Student) Grade() string {
	switch a := s.Average(); {
	case a >= 90:
		return "A"
	case a >= 80:
		return "B"
	case a >= 70:
		return "C"
	default:
		return "F"
	}
}

const report = `{{define "row"}}{{printf "%-8s" .Name}} {{range $i, $s := .Scores}}{{if $i}},{{end}}{{$s}}{{else}}(none){{end}} avg={{printf "%.1f" .Average}} grade={{.Grade}}{{end -}}
Class {{.Class | upper}} ({{len .Students}} students)
{{range .Students}}{{template "row" .}}
{{end}}{{with .Note}}Note: {{.}}
{{else}}No note.
{{end}}Honors: {{join (honors .Students) ", "}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"honors": func(ss []Student) []string {
			var out []string
			for _, s := range ss {
				if s.Grade() == "A" {
					out = append(out, s.Name)
				}
			}
			return out
		},
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(report))
	data := map[string]any{
		"Class": "7b",
		"Students": []Student{
			{"Ada", []int{95, 88, 100}},
			{"Brook", []int{72, 65, 80}},
			{"Cy", nil},
			{"Dee", []int{90, 91}},
		},
		"Note": "",
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	data["Note"] = "exam on Friday"
	data["Students"] = []Student{{"Eve", []int{81}}}
	var sb strings.Builder
	t.Execute(&sb, data)
	fmt.Print(sb.String())
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
	err = template.Must(template.New("x").Parse("{{.Missing.Field}}")).Execute(&sb, struct{ A int }{1})
	fmt.Println(err)
}
