package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"text/template"
)

type Check struct {
	Param    string
	Shape    []int
	Analytic []float64
	Numeric  []float64
}

func maxDiff(a, b []float64) float64 {
	m := 0.0
	for i := range a {
		m = math.Max(m, math.Abs(a[i]-b[i]))
	}
	return m
}

const report = `{{define "row"}}{{.Param | printf "%-4s"}} shape={{join .Shape "x"}} max|Δ|={{sci (maxdiff .Analytic .Numeric)}} {{if ok .}}✔{{else}}✘{{end}}{{end -}}
== {{.Title | upper}} ==
{{range .Checks}}{{template "row" .}}
{{else}}no checks
{{end}}{{with .Footer}}-- {{.}}{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join": func(s []int, sep string) string {
			parts := make([]string, len(s))
			for i, v := range s {
				parts[i] = fmt.Sprint(v)
			}
			return strings.Join(parts, sep)
		},
		"maxdiff": maxDiff,
		"sci":     func(f float64) string { return fmt.Sprintf("%.1e", f) },
		"ok":      func(c Check) bool { return maxDiff(c.Analytic, c.Numeric) < 1e-6 },
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(report))
	data := struct {
		Title  string
		Checks []Check
		Footer string
	}{
		Title: "gradient check, epoch 1",
		Checks: []Check{
			{"W1", []int{2, 2}, []float64{0.1, 0.2, 0.3, 0.4}, []float64{0.1, 0.2, 0.3, 0.4000001}},
			{"b1", []int{1, 2}, []float64{1, -1}, []float64{1, -1}},
			{"W2", []int{2, 1}, []float64{0.5, 0.5}, []float64{0.5, 0.25}},
		},
		Footer: "numeric via central differences, h=1e-5",
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	data.Checks = nil
	data.Footer = ""
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	_, err := template.New("bad").Funcs(funcs).Parse("{{nosuch .}}")
	fmt.Println("parse error:", err)
}
