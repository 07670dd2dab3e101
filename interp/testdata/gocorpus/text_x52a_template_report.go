package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Report struct {
	Title string
	M     [][]float64
	Det   float64
	Notes []string
}

const tpl = `== {{.Title}} ==
{{range $i, $row := .M}}row {{$i}}:{{range $row}} {{printf "%7.2f" .}}{{end}}
{{end}}det = {{printf "%.3f" .Det}}
{{- if .Notes}}
notes:{{range .Notes}}
  - {{. | upper}}{{end}}
{{- else}}
(no notes){{end}}
`

func det3(m [][]float64) float64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

func main() {
	t := template.Must(template.New("r").Funcs(template.FuncMap{
		"upper": strings.ToUpper,
	}).Parse(tpl))
	ms := []Report{
		{Title: "rotation-ish", M: [][]float64{{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}, Notes: []string{"orthogonal", "det is one"}},
		{Title: "random", M: [][]float64{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}},
	}
	for i := range ms {
		ms[i].Det = det3(ms[i].M)
		if err := t.Execute(os.Stdout, ms[i]); err != nil {
			fmt.Println("error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, ms[0])
	fmt.Println("err:", err != nil)
}
