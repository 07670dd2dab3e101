package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

const scores = `alice 93 88 71
bob 65 70 80
carol 100 95 98
dave 40 55 61`

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Avg() float64 {
	t := 0
	for _, x := range s.Scores {
		t += x
	}
	return float64(t) / float64(len(s.Scores))
}

func (s Student) Grade() string {
	switch a := s.Avg(); {
	case a >= 90:
		return "A"
	case a >= 75:
		return "B"
	case a >= 60:
		return "C"
	}
	return "F"
}

const tmpl = `Report ({{len .}} students)
{{range $i, $s := .}}{{inc $i}}. {{$s.Name | title | printf "%-6s"}} avg={{printf "%.2f" $s.Avg}} grade={{$s.Grade}}{{if eq $s.Grade "A"}} *{{end}}
{{end}}{{with best .}}Best: {{.Name}}{{end}}
`

func main() {
	var students []Student
	for _, line := range strings.Split(scores, "\n") {
		f := strings.Fields(line)
		s := Student{Name: f[0]}
		for _, x := range f[1:] {
			var n int
			fmt.Sscanf(x, "%d", &n)
			s.Scores = append(s.Scores, n)
		}
		students = append(students, s)
	}
	sort.SliceStable(students, func(i, j int) bool { return students[i].Avg() > students[j].Avg() })
	funcs := template.FuncMap{
		"inc":   func(i int) int { return i + 1 },
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"best":  func(ss []Student) *Student { return &ss[0] },
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(tmpl))
	if err := t.Execute(os.Stdout, students); err != nil {
		fmt.Println("error:", err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
}
