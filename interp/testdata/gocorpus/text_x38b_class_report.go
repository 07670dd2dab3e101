package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Student struct {
	Name   string
	Scores map[string]int
	Absent int
}

func (s Student) Avg() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0
	for _, v := range s.Scores {
		t += v
	}
	return float64(t) / float64(len(s.Scores))
}

type Class struct {
	Teacher  string
	Room     string
	Students []Student
	Subjects []string
}

const tpl = `{{define "student" -}}
{{printf "%-6s" .Name}} avg {{printf "%5.1f" .Avg}}{{if gt .Absent 3}} (absent {{.Absent}}x!){{end}}
{{- range $subj, $score := .Scores}} {{$subj}}={{$score}}{{end}}
{{end -}}
Class of {{.Teacher}} in room {{.Room | lower}}
{{- with .Students}} ({{len .}} students){{end}}
{{range .Students}}{{template "student" .}}{{else}}no students{{end -}}
First: {{(index .Students 0).Name}}; subjects: {{join .Subjects ", "}}
{{- $n := 0}}{{range $i, $s := .Students}}{{if and (ge $s.Avg 80.0) (lt $s.Absent 3)}}{{$n = inc $n}}{{end}}{{end}}
Honor roll count: {{$n}}
{{if eq .Room "B12" "C3"}}east wing{{else if eq .Room "A1"}}west wing{{else}}unknown wing{{end}}
{{slice .Teacher 0 3}} {{index .Subjects 1}} {{not true}} {{or "" "fallback"}} {{html "<ok>"}} {{len .Subjects | printf "%03d"}}
`

func main() {
	funcs := template.FuncMap{
		"lower": strings.ToLower,
		"join":  strings.Join,
		"inc":   func(i int) int { return i + 1 },
	}
	t, err := template.New("report").Funcs(funcs).Parse(tpl)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	class := Class{
		Teacher:  "Ms. Rivera",
		Room:     "C3",
		Subjects: []string{"math", "history", "art"},
		Students: []Student{
			{"Zane", map[string]int{"math": 91, "history": 84, "art": 77}, 1},
			{"Yara", map[string]int{"math": 68, "history": 90}, 5},
			{"Xiu", map[string]int{"math": 99, "history": 95, "art": 88}, 0},
			{"Will", map[string]int{}, 2},
		},
	}
	sort.Slice(class.Students, func(i, j int) bool { return class.Students[i].Name < class.Students[j].Name })
	if err := t.Execute(os.Stdout, class); err != nil {
		fmt.Println("exec:", err)
	}
	empty := Class{Teacher: "Mr. Oduya", Room: "A1", Subjects: []string{"x", "y"}}
	err = t.Execute(os.Stdout, empty)
	fmt.Println()
	fmt.Println("exec error:", err != nil)
}
