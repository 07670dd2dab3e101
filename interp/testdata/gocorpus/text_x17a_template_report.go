package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Monkey struct {
	ID      int
	Items   []int
	Op      string
	Div     int
	True    int
	False   int
	Inspect int
}

func (m Monkey) Apply(old int) int {
	f := strings.Fields(m.Op)
	arg := old
	if f[1] != "old" {
		fmt.Sscan(f[1], &arg)
	}
	if f[0] == "*" {
		return old * arg
	}
	return old + arg
}

const tmpl = `{{- range . -}}
Monkey {{.ID}}: inspected {{.Inspect}} items{{if .Items}}, holding {{join .Items ", "}}{{else}}, empty-handed{{end}}
{{end -}}
Top two: {{with top2 .}}{{index . 0}} x {{index . 1}} = {{mul (index . 0) (index . 1)}}{{end}}
`

func main() {
	ms := []*Monkey{
		{0, []int{79, 98}, "* 19", 23, 2, 3, 0},
		{1, []int{54, 65, 75, 74}, "+ 6", 19, 2, 0, 0},
		{2, []int{79, 60, 97}, "* old", 13, 1, 3, 0},
		{3, []int{74}, "+ 3", 17, 0, 1, 0},
	}
	for round := 0; round < 20; round++ {
		for _, m := range ms {
			for _, it := range m.Items {
				m.Inspect++
				w := m.Apply(it) / 3
				to := m.False
				if w%m.Div == 0 {
					to = m.True
				}
				ms[to].Items = append(ms[to].Items, w)
			}
			m.Items = m.Items[:0]
		}
	}
	funcs := template.FuncMap{
		"join": func(xs []int, sep string) string {
			s := make([]string, len(xs))
			for i, x := range xs {
				s[i] = fmt.Sprint(x)
			}
			return strings.Join(s, sep)
		},
		"top2": func(ms []*Monkey) []int {
			a, b := 0, 0
			for _, m := range ms {
				if m.Inspect > a {
					a, b = m.Inspect, a
				} else if m.Inspect > b {
					b = m.Inspect
				}
			}
			return []int{a, b}
		},
		"mul": func(a, b int) int { return a * b },
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(tmpl))
	if err := t.Execute(os.Stdout, ms); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, ms[0])
	fmt.Println("\nerr:", err != nil)
}
