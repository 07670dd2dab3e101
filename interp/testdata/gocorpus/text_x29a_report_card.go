package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Course struct {
	Title   string
	Credits int
	Grade   string
}

type Student struct {
	First, Last string
	Year        int
	Courses     []Course
	Advisor     *string
}

var points = map[string]float64{"A": 4, "A-": 3.7, "B+": 3.3, "B": 3, "C": 2, "F": 0}

func (s Student) GPA() float64 {
	total, credits := 0.0, 0
	for _, c := range s.Courses {
		total += points[c.Grade] * float64(c.Credits)
		credits += c.Credits
	}
	if credits == 0 {
		return 0
	}
	return total / float64(credits)
}

const card = `REPORT CARD: {{.Last | upper}}, {{.First}} (year {{.Year}})
{{- if .Advisor}}
Advisor: {{.Advisor}}
{{- else}}
Advisor: none assigned
{{- end}}
{{range $i, $c := .Courses -}}
{{inc $i}}. {{printf "%-22s" $c.Title}} {{$c.Credits}} cr  {{$c.Grade}}{{if eq $c.Grade "F"}}  <-- retake{{end}}
{{else -}}
(no courses)
{{end -}}
GPA: {{printf "%.2f" .GPA}}{{if ge .GPA 3.5}} - Dean's list{{end}}
{{with $n := len .Courses}}{{$n}} course(s){{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	tmpl := template.Must(template.New("card").Funcs(funcs).Parse(card))

	advisor := "Dr. Hopper"
	students := []Student{
		{"Alan", "Turing", 2, []Course{
			{"Data Structures", 4, "A"},
			{"Discrete Math", 3, "A-"},
			{"Intro to Go", 3, "A"},
		}, &advisor},
		{"Bob", "Builder", 1, []Course{
			{"Calculus I", 4, "C"},
			{"Physics", 4, "F"},
			{"Writing", 3, "B+"},
		}, nil},
		{"Cleo", "Patra", 3, nil, nil},
	}
	for _, s := range students {
		if err := tmpl.Execute(os.Stdout, s); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("----")
	}

	summary := template.Must(template.New("sum").Parse(
		`{{range $name, $gpa := .}}{{$name}}={{printf "%.1f" $gpa}} {{end}}` + "\n"))
	gpas := map[string]float64{}
	for _, s := range students {
		gpas[s.First] = s.GPA()
	}
	summary.Execute(os.Stdout, gpas)

	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, students[0])
	fmt.Println("error:", err)

	var sb strings.Builder
	t3 := template.Must(template.New("list").Funcs(template.FuncMap{"join": strings.Join}).Parse(`[{{join . ", "}}] {{len .}} {{index . 1}}`))
	t3.Execute(&sb, []string{"x", "y", "z"})
	fmt.Println(sb.String())
}
