package main

import (
	"os"
	"strings"
	"text/template"
)

type Table struct {
	Title string
	Names []string
	Dist  [][]int
}

func (t Table) Width() int {
	w := 3
	for _, n := range t.Names {
		w = max(w, len(n))
	}
	return w + 1
}

const page = `{{define "cell"}}{{if eq . -1}}{{pad "∞"}}{{else}}{{pad (print .)}}{{end}}{{end -}}
{{define "header"}}{{pad ""}}{{range .Names}}{{pad .}}{{end}}
{{end -}}
== {{.Title}} ==
{{template "header" .}}
{{- range $i, $row := .Dist}}{{pad (index $.Names $i)}}{{range $row}}{{template "cell" .}}{{end}}
{{end -}}
{{with $n := len .Names}}{{$n}} vertices{{end}}
`

func floyd(d [][]int) {
	n := len(d)
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k] < 0 || d[k][j] < 0 {
					continue
				}
				if s := d[i][k] + d[k][j]; d[i][j] < 0 || s < d[i][j] {
					d[i][j] = s
				}
			}
		}
	}
}

func main() {
	names := []string{"x", "y", "zeta", "w"}
	d := [][]int{
		{0, 4, -1, 10},
		{-1, 0, 3, -1},
		{2, -1, 0, 1},
		{-1, -1, -1, 0},
	}
	t := Table{Title: "direct", Names: names, Dist: d}
	var width int
	funcs := template.FuncMap{
		"pad": func(s string) string {
			n := width - len([]rune(s))
			if n < 0 {
				n = 0
			}
			return strings.Repeat(" ", n) + s
		},
	}
	tp := template.Must(template.New("page").Funcs(funcs).Parse(page))
	width = t.Width()
	if err := tp.Execute(os.Stdout, t); err != nil {
		panic(err)
	}
	closed := make([][]int, len(d))
	for i := range d {
		closed[i] = append([]int(nil), d[i]...)
	}
	floyd(closed)
	t2 := Table{Title: "shortest", Names: names, Dist: closed}
	if err := tp.Execute(os.Stdout, t2); err != nil {
		panic(err)
	}
	err := tp.ExecuteTemplate(os.Stdout, "nope", nil)
	os.Stdout.WriteString("missing template error: " + err.Error() + "\n")
}
