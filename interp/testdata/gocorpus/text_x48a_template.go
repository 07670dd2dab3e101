package main

import (
	"os"
	"strings"
	"text/template"
)

type Course struct {
	Name     string
	Teacher  string
	Students []Pupil
}

type Pupil struct {
	Name  string
	Score int
}

func (p Pupil) Passed() bool { return p.Score >= 60 }

const report = `Course: {{.Name}} ({{.Teacher | upper}})
{{range $i, $s := .Students -}}
{{inc $i}}. {{printf "%-8s" $s.Name}} {{printf "%3d" $s.Score}} {{if $s.Passed}}pass{{else}}FAIL{{end}}
{{end -}}
{{with .Students}}Total students: {{len .}}{{end}}
{{- /* a comment */ -}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(report))
	c := Course{
		Name:    "Intro to Go",
		Teacher: "Ms. Rivera",
		Students: []Pupil{
			{"Ada", 95}, {"Brian", 58}, {"Chloe", 73},
		},
	}
	if err := t.Execute(os.Stdout, c); err != nil {
		panic(err)
	}
	os.Stdout.WriteString("\n")
	t2 := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}` + "\n"))
	t2.Execute(os.Stdout, map[string]int{"z": 1, "a": 2, "m": 3})
}
