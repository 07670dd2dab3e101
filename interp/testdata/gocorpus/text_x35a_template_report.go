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

func (s Student) Average() float64 {
	if len(s.Grades) == 0 {
		return 0
	}
	sum := 0
	for _, g := range s.Grades {
		sum += g
	}
	return float64(sum) / float64(len(s.Grades))
}

const tmpl = `Report for {{.Class}} ({{len .Students}} students)
{{range $i, $s := .Students -}}
{{add $i 1}}. {{$s.Name | upper}}: {{printf "%.1f" $s.Average}}{{if ge $s.Average 80.0}} (honors){{end}}
   grades: {{join $s.Grades}}
{{else -}}
no students
{{end -}}
{{with .Teacher}}Teacher: {{.}}{{else}}No teacher{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"join": func(xs []int) string {
			parts := make([]string, len(xs))
			for i, x := range xs {
				parts[i] = strings.Repeat("|", x/10)
			}
			return strings.Join(parts, " ")
		},
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmpl))
	data := map[string]any{
		"Class": "Go 101",
		"Students": []Student{
			{"ada", []int{90, 85, 99}},
			{"linus", []int{70, 65}},
			{"guido", []int{80, 80, 81}},
		},
		"Teacher": "Rob",
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	data["Students"] = []Student{}
	delete(data, "Teacher")
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err := bad.Execute(os.Stdout, struct{ Missing *Student }{})
	if err != nil {
		os.Stdout.WriteString("template error: " + err.Error() + "\n")
	}
}
