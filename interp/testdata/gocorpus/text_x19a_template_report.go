package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Check struct {
	Name     string
	Passed   bool
	Duration int
	Notes    []string
}

type Suite struct {
	Title  string
	Checks []Check
	Meta   map[string]string
}

func (s Suite) Failed() []Check {
	var out []Check
	for _, c := range s.Checks {
		if !c.Passed {
			out = append(out, c)
		}
	}
	return out
}

func (s Suite) Total() (t int) {
	for _, c := range s.Checks {
		t += c.Duration
	}
	return
}

const report = `# {{.Title}}
{{- range $k, $v := .Meta}}
{{$k}}: {{$v}}
{{- end}}

| check | result | ms |
{{- range .Checks}}
| {{.Name | printf "%-10s"}} | {{if .Passed}}PASS{{else}}FAIL{{end}} | {{.Duration}} |
{{- end}}

{{with .Failed -}}
{{len .}} failed:
{{- range $i, $c := .}}
  {{add $i 1}}) {{$c.Name}}{{if $c.Notes}}: {{join $c.Notes ", "}}{{end}}
{{- end}}
{{- else -}}
all passed
{{- end}}
total {{.Total}}ms, avg {{printf "%.1f" (avg .Total (len .Checks))}}ms
{{block "footer" .}}-- default footer --{{end}}
`

func main() {
	funcs := template.FuncMap{
		"add":  func(a, b int) int { return a + b },
		"join": strings.Join,
		"avg": func(total, n int) float64 {
			if n == 0 {
				return 0
			}
			return float64(total) / float64(n)
		},
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	s := Suite{
		Title: "nightly",
		Meta:  map[string]string{"commit": "abc123", "branch": "main"},
		Checks: []Check{
			{"lint", true, 120, nil},
			{"unit", false, 3400, []string{"TestA", "TestB"}},
			{"e2e", false, 9100, nil},
			{"vet", true, 80, nil},
		},
	}
	sort.SliceStable(s.Checks, func(i, j int) bool { return s.Checks[i].Duration > s.Checks[j].Duration })
	if err := t.Execute(os.Stdout, s); err != nil {
		fmt.Println("ERR", err)
	}
	t2 := template.Must(template.Must(t.Clone()).Parse(`{{define "footer"}}== custom footer for {{.Title}} =={{end}}`))
	s2 := Suite{Title: "smoke", Checks: []Check{{"ping", true, 5, nil}}}
	if err := t2.Execute(os.Stdout, s2); err != nil {
		fmt.Println("ERR", err)
	}
	var names []string
	for _, tt := range t2.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
}
