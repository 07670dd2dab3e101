package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

// Render a progress report of Euler problems with text/template.

type Problem struct {
	ID     int
	Name   string
	Answer string
	Solved bool
	Millis float64
}

const report = `Project Euler progress for {{.User}}
{{range $i, $p := .Problems}}{{if $p.Solved}}[x]{{else}}[ ]{{end}} #{{printf "%03d" $p.ID}} {{$p.Name | upper}}{{if $p.Solved}} = {{$p.Answer}} ({{printf "%.1f" $p.Millis}} ms){{end}}
{{end}}{{with .Best}}fastest: #{{.ID}}{{end}}
solved {{solved .Problems}}/{{len .Problems}}
`

func countDivisorsUpTo(n int) int {
	c := 0
	for i := 1; i <= n; i++ {
		if n%i == 0 {
			c++
		}
	}
	return c
}

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"solved": func(ps []Problem) int {
			n := 0
			for _, p := range ps {
				if p.Solved {
					n++
				}
			}
			return n
		},
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(report))

	problems := []Problem{
		{ID: 1, Name: "Multiples of 3 or 5", Answer: "233168", Solved: true, Millis: 0.4},
		{ID: 2, Name: "Even Fibonacci numbers", Answer: "4613732", Solved: true, Millis: 0.2},
		{ID: 12, Name: "Highly divisible triangular number", Solved: false},
		{ID: 60, Name: "Prime pair sets", Solved: false},
		{ID: 48, Name: "Self powers", Answer: "9110846700", Solved: true, Millis: 3.25},
	}
	best := problems[0]
	for _, p := range problems {
		if p.Solved && p.Millis < best.Millis {
			best = p
		}
	}
	data := map[string]any{
		"User":     "gopher",
		"Problems": problems,
		"Best":     &best,
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("execute:", err)
	}

	small := template.Must(template.New("d").Parse("{{range .}}{{.}} {{end}}\n"))
	var ds []int
	for n := 1; n <= 12; n++ {
		ds = append(ds, countDivisorsUpTo(n))
	}
	_ = small.Execute(os.Stdout, ds)

	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println("parse error:", err != nil)
}
